"""socket.io channel (the website widget's protocol) behind the input guard."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot.rasa.channels.guard import guard_handler


class GuardedSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel with checked input; keeps the name ``socketio``."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        """Serve Rasa's socket.io routes behind the input guard."""
        return super().blueprint(guard_handler(on_new_message))
