"""socket.io channel (the website widget's protocol) behind the input guard.

Rasa's own handlers read the event's data as it comes: a number or a list where the
text belongs raises inside them and the person gets no reply at all, and neither the
session id nor the metadata has a limit. This channel keeps Rasa's routes and events
and replaces those handlers with ones that make the same checks as REST. It also
accepts browsers only from the allowed origins (``KNEEBOT_ALLOWED_ORIGINS``), and
sends a message's ``custom`` payload as its own event, which Rasa 3.6 cannot do
(its ``send_custom_json`` passes the payload's keys to ``emit`` as arguments).

Rasa lets a client name any session id and speak or listen as it. Here the server
issues the ids, signed with the secret key, resumes only ids it issued, and binds each
socket to the one session it asked for: a message's own ``session_id`` is ignored, so
no client can write to a conversation, REST's included, that it was not given.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.rasa.channels.guard import BadInput, guard_handler, read_inbound
from bot.rasa.channels.messages import BAD_MESSAGE_REPLY, NOT_TEXT_REPLY
from bot.settings import get_settings

logger = logging.getLogger(__name__)


def _metadata(raw: object) -> object:
    """Rasa's widget may send the metadata as a JSON string; read it as an object."""
    if not isinstance(raw, str):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        raise BadInput("metadata", '"metadata" must be a JSON object when given.') from None


@lru_cache(maxsize=1)
def _key() -> bytes:
    return get_settings().resolved_secret_key().encode()


def _signature(raw: str) -> str:
    return hmac.new(_key(), raw.encode(), hashlib.sha256).hexdigest()[:32]


def _session_id(data: object) -> str:
    """The session a client asks to resume if this server issued it, else a new one."""
    asked = data.get("session_id") if isinstance(data, dict) else None
    if isinstance(asked, str) and len(asked) <= get_settings().max_sender_chars:
        raw, _, signature = asked.partition(".")
        if signature and hmac.compare_digest(signature, _signature(raw)):
            return asked
    raw = uuid.uuid4().hex
    return f"{raw}.{_signature(raw)}"


class WidgetOutput(SocketIOOutput):
    """Rasa's socket.io output, with each ``custom`` payload after the texts it belongs to.

    The payload goes as ``{"custom": {...}, "texts": n}``: the n events before it are its
    message's texts (Rasa splits a text at blank lines), so a widget can put an alert
    around them or cards under them. Texts keep Rasa's shape, which other clients such
    as rasa-webchat read by their exact keys.
    """

    def __init__(self, sio: Any, bot_message_evt: str) -> None:
        super().__init__(sio, bot_message_evt)
        self.sent = 0

    async def _send_message(self, socket_id: str, response: Any) -> None:
        self.sent += 1
        await super()._send_message(socket_id, response)

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """Send the texts and buttons as Rasa does, then the custom payload."""
        rest = dict(message)
        custom = rest.pop("custom", None)
        before = self.sent
        await super().send_response(recipient_id, rest)
        if custom:
            await self._emit_custom(recipient_id, custom, self.sent - before)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        """A custom payload on its own, belonging to no text."""
        await self._emit_custom(recipient_id, json_message, 0)

    async def _emit_custom(self, recipient_id: str, custom: dict[str, Any], texts: int) -> None:
        await self.sio.emit(
            self.bot_message_evt, {"custom": custom, "texts": texts}, room=recipient_id
        )


class GuardedSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel with checked input; keeps the name ``socketio``."""

    def get_output_channel(self) -> OutputChannel | None:
        """The output for messages the assistant starts itself (Rasa's ``/trigger``)."""
        if self.sio is None:
            return None
        return WidgetOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        """Rasa's socket.io routes, with sessions and messages checked before the guard."""
        handle = guard_handler(on_new_message)
        webhook = super().blueprint(handle)
        sio = self.sio
        assert sio is not None  # set by SocketIOInput.blueprint
        # Rasa turns origin checks off; a browser on any other page is refused.
        sio.eio.cors_allowed_origins = get_settings().origins()

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any) -> None:
            session_id = _session_id(data)
            before = (await sio.get_session(sid, namespace=self.namespace)).get("sender")
            await sio.save_session(sid, {"sender": session_id}, namespace=self.namespace)
            if self.session_persistence:
                if before and before != session_id:
                    sio.leave_room(sid, before)
                sio.enter_room(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            output = WidgetOutput(sio, self.bot_message_evt)
            body = data if isinstance(data, dict) else {"message": data}
            if self.session_persistence:
                session = await sio.get_session(sid, namespace=self.namespace)
                sender = session.get("sender")
            else:
                sender = sid
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
