"""REST channel (``POST /webhooks/rest/webhook``) that refuses malformed bodies.

Rasa's stock channel answers a JSON array, or a number where text belongs, with a
500; this one answers 400 with a sentence saying what to send instead.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.exceptions import InvalidUsage
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guarded import guard_handler

MAX_SENDER_CHARS = 128


def _body(request: Request) -> Dict[str, Any]:
    body = request.json
    if not isinstance(body, dict):
        raise InvalidUsage(
            'The body must be a JSON object such as {"sender": "user-1", "message": "hello"}.'
        )
    return body


class GuardedRestInput(RestInput):
    """Rasa's REST channel with checked input; keeps the name ``rest``."""

    async def _extract_sender(self, req: Request) -> Optional[Text]:
        sender = _body(req).get("sender")
        if not isinstance(sender, str) or not sender.strip():
            raise InvalidUsage('"sender" must be a non-empty string naming the conversation.')
        if len(sender) > MAX_SENDER_CHARS:
            raise InvalidUsage(f'"sender" must be at most {MAX_SENDER_CHARS} characters.')
        return sender

    def _extract_message(self, req: Request) -> Optional[Text]:
        message = _body(req).get("message")
        if message is not None and not isinstance(message, str):
            raise InvalidUsage('"message" must be a string.')
        return message

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        metadata = _body(request).get("metadata")
        if metadata is not None and not isinstance(metadata, dict):
            raise InvalidUsage('"metadata" must be a JSON object when given.')
        return metadata

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[None]]
    ) -> Blueprint:
        """Serve Rasa's REST routes behind the input guard, with errors as JSON."""
        blueprint = super().blueprint(guard_handler(on_new_message))

        @blueprint.exception(InvalidUsage)
        async def bad_request(request: Request, error: InvalidUsage) -> HTTPResponse:
            return response.json(
                {"description": "Bad Request", "status": 400, "message": str(error)}, status=400
            )

        return blueprint
