"""`kneebot chat`: a terminal conversation with a running assistant."""

from __future__ import annotations

import textwrap
import uuid
from typing import Any

import requests

from bot.evaluation.client import send

QUIT = {"/quit", "/exit"}


def render(replies: list[dict[str, Any]]) -> list[str]:
    """Print the replies; return the payloads of any buttons, numbered from 1."""
    payloads: list[str] = []
    for reply in replies:
        if reply.get("text"):
            print(
                textwrap.fill(
                    reply["text"], width=88, initial_indent="bot> ", subsequent_indent="     "
                )
            )
        for button in reply.get("buttons") or []:
            payloads.append(button["payload"])
            print(f"     [{len(payloads)}] {button['title']}")
    return payloads


def chat(url: str, sender: str | None = None) -> int:
    """Read lines from the terminal and show the assistant's answers until /quit or EOF."""
    sender = sender or f"terminal-{uuid.uuid4().hex[:12]}"
    print(f"Chatting with {url} as {sender}. Type /quit to leave, 'start over' to begin again.")
    payloads: list[str] = []
    with requests.Session() as session:
        payloads = render(send(session, url, sender, "/greet"))
        while True:
            try:
                line = input("you> ")
            except EOFError:
                print()
                return 0
            if line.strip() in QUIT:
                return 0
            choice = line.strip()
            message = (
                payloads[int(choice) - 1]
                if choice.isdigit() and 0 < int(choice) <= len(payloads)
                else line
            )
            payloads = render(send(session, url, sender, message))
