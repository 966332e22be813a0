"""A small client for the assistant's REST channel, shared by `chat` and `bench`."""

from __future__ import annotations

from typing import Any

import requests

from bot.errors import KneebotError

REPLY_TIMEOUT_S = 60.0


def send(session: requests.Session, url: str, sender: str, message: str) -> list[dict[str, Any]]:
    """Post one message and return the assistant's replies."""
    endpoint = f"{url.rstrip('/')}/webhooks/rest/webhook"
    try:
        response = session.post(
            endpoint, json={"sender": sender, "message": message}, timeout=REPLY_TIMEOUT_S
        )
    except requests.ConnectionError:
        raise KneebotError(
            f"Cannot reach the assistant at {url}. Is it running? Start it with "
            "`kneebot up` (or `make run`)."
        ) from None
    except requests.Timeout:
        raise KneebotError(
            f"The assistant at {url} did not answer within {REPLY_TIMEOUT_S:.0f} s."
        ) from None
    if response.status_code != 200:
        raise KneebotError(f"The assistant answered {response.status_code}: {response.text[:200]}")
    return list(response.json())
