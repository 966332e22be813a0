"""socket.io channel (the website widget's protocol) behind the input guard.

Rasa's own handler reads the event's data as it comes: a number or a list where the
text belongs raises inside it and the person gets no reply at all, and neither the
session id nor the metadata has a limit. This channel keeps Rasa's routes and events
and replaces that one handler with one that makes the same checks as REST.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.rasa.channels.guard import BadInput, guard_handler, read_inbound
from bot.rasa.channels.messages import BAD_MESSAGE_REPLY, NOT_TEXT_REPLY

logger = logging.getLogger(__name__)


def _metadata(raw: object) -> object:
    """Rasa's widget may send the metadata as a JSON string; read it as an object."""
    if not isinstance(raw, str):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        raise BadInput("metadata", '"metadata" must be a JSON object when given.') from None


class GuardedSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel with checked input; keeps the name ``socketio``."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        """Rasa's socket.io routes, with the user's messages checked before the guard."""
        handle = guard_handler(on_new_message)
        webhook = super().blueprint(handle)
        sio = self.sio
        assert sio is not None  # set by SocketIOInput.blueprint

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            output = SocketIOOutput(sio, self.bot_message_evt)
            body = data if isinstance(data, dict) else {"message": data}
            sender = body.get("session_id") if self.session_persistence else sid
            try:
                inbound = read_inbound(
                    sender, body.get("message"), _metadata(body.get(self.metadata_key))
                )
            except BadInput as error:
                logger.info("socket.io message from %s refused: %s", sid, error)
                if error.field == "message":
                    reply = NOT_TEXT_REPLY
                else:
                    reply = BAD_MESSAGE_REPLY.format(reason=error)
                await output.send_text_message(sid, reply)
                return
            await handle(inbound.message(output, self.name()))

        return webhook
