"""REST channel (``POST /webhooks/rest/webhook``): checked input, one message per reply.

Rasa's stock channel answers a JSON array, or a number where text belongs, with a
500, and splits a reply's ``custom`` payload into a message of its own. This one
answers malformed bodies with a 400 that says what to send instead, and keeps
``text``, ``buttons`` and ``custom`` together, as the project's contract promises.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.exceptions import InvalidUsage
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.rasa.channels.guard import BadInput, Inbound, guard_handler, read_inbound
from bot.rasa.channels.messenger import MESSENGER_PREFIXES


class WholeMessageCollector(CollectingOutputChannel):
    """Collects each reply as one message, its ``custom`` payload included."""

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        if not message.get("custom") or not message.get("text"):
            await super().send_response(recipient_id, message)
            return
        await self._persist_message(
            self._message(
                recipient_id,
                text=message["text"],
                buttons=message.get("buttons"),
                custom=message["custom"],
            )
        )


def parse_body(request: Request) -> Inbound:
    """The checked sender, message and metadata of a request, or InvalidUsage saying why not."""
    body = request.json
    if not isinstance(body, dict):
        raise InvalidUsage(
            'The body must be a JSON object such as {"sender": "user-1", "message": "hello"}.'
        )
    try:
        inbound = read_inbound(body.get("sender"), body.get("message"), body.get("metadata"))
    except BadInput as error:
        raise InvalidUsage(str(error)) from None
    # Telegram's and Slack's conversations are theirs alone: naming one here would let
    # anyone who reaches this server read or steer a person's chat.
    if inbound.sender.lower().startswith(MESSENGER_PREFIXES):
        raise InvalidUsage(
            f'"sender" may not start with {" or ".join(MESSENGER_PREFIXES)}: those name '
            "Telegram and Slack conversations."
        )
    return inbound


class GuardedRestInput(InputChannel):
    """The REST channel, under Rasa's usual name ``rest``."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        """Health check and webhook, behind the input guard, with errors as JSON."""
        handle = guard_handler(on_new_message)
        webhook = Blueprint("kneebot_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            collector = WholeMessageCollector()
            await handle(parse_body(request).message(collector, self.name()))
            return response.json(collector.messages)

        @webhook.exception(InvalidUsage)
        async def bad_request(request: Request, error: InvalidUsage) -> HTTPResponse:
            return response.json(
                {"description": "Bad Request", "status": 400, "message": str(error)}, status=400
            )

        return webhook
