"""`kneebot up`: the Rasa, action and web servers, started and stopped together."""

from __future__ import annotations

import signal
import sys
import time
from dataclasses import dataclass
from types import FrameType

import yaml

from bot.errors import KneebotError
from bot.runtime.processes import Child, child_env, ensure_port_free, http_ok, stop_all, wait_until
from bot.runtime.training import servable_model
from bot.settings import Messenger, get_settings
from bot.web import WIDGET


@dataclass(frozen=True)
class Ports:
    """The three ports `kneebot up` listens on."""

    rasa: int
    actions: int
    web: int


CREDENTIALS = "credentials.yml"
# credentials.yml's entry for each chat-app channel, by the name `kneebot up` prints.
MESSENGERS: dict[str, tuple[Messenger, str]] = {
    "Telegram": ("telegram", "bot.rasa.channels.telegram.TelegramInput"),
    "Slack": ("slack", "bot.rasa.channels.slack.SlackInput"),
}


def messengers_on() -> dict[str, bool]:
    """Which chat-app channels will answer; an error for one half set up."""
    settings = get_settings()
    entries = yaml.safe_load((settings.project_dir / CREDENTIALS).read_text()) or {}
    on: dict[str, bool] = {}
    for name, (channel, entry) in MESSENGERS.items():
        values = settings.messenger(channel, entries.get(entry))
        if bool(values["token"]) != bool(values["secret"]):
            secret = "TELEGRAM_WEBHOOK_SECRET" if channel == "telegram" else "SLACK_SIGNING_SECRET"
            raise KneebotError(
                f"{name} has only one of {channel.upper()}_BOT_TOKEN and {secret}; set both "
                "to turn it on, or neither to leave it off."
            )
        on[name] = entry in entries and bool(values["on"])
    return on


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _check_ports(host: str, ports: Ports) -> None:
    if len({ports.rasa, ports.actions, ports.web}) < 3:
        raise KneebotError("The Rasa, action server and web ports must all differ.")
    ensure_port_free(host, ports.rasa, "Rasa server", "--rasa-port")
    ensure_port_free(host, ports.actions, "action server", "--actions-port")
    ensure_port_free(host, ports.web, "web server", "--web-port")


def serve(ports: Ports) -> int:
    """Start everything, print the URLs, and stop every child on Ctrl-C or SIGTERM."""
    settings = get_settings()
    host = settings.host
    _check_ports(host, ports)
    model = servable_model()
    messengers = messengers_on()
    if not WIDGET.exists():
        raise KneebotError(f"The website widget is not built ({WIDGET}); run `make widget`.")
    settings.tracker_db.parent.mkdir(parents=True, exist_ok=True)
    rasa_url = f"http://{host}:{ports.rasa}"
    actions_url = f"http://{host}:{ports.actions}"
    web_url = f"http://{host}:{ports.web}"
    env = child_env(
        {
            "KNEEBOT_ACTIONS_URL": f"{actions_url}/webhook",
            "KNEEBOT_TRACKER_DB": str(settings.tracker_db),
            "SANIC_HOST": host,
            "SANIC_REQUEST_MAX_SIZE": str(settings.max_request_bytes),
            "KNEEBOT_RASA_PORT": str(ports.rasa),
            "KNEEBOT_WEB_PORT": str(ports.web),
        }
    )
    python = sys.executable
    # Set both explicitly: a shell that starts us in the background ignores SIGINT.
    signal.signal(signal.SIGTERM, _raise_interrupt)
    signal.signal(signal.SIGINT, _raise_interrupt)
    children: list[Child] = []
    try:
        children.append(
            Child.start(
                "action server",
                [
                    python,
                    "-m",
                    "bot.runtime.action_server",
                    "--actions",
                    "actions",
                    "--port",
                    str(ports.actions),
                ],
                env,
            )
        )
        children.append(
            Child.start(
                "Rasa server",
                [
                    python,
                    "-m",
                    "rasa",
                    "run",
                    "--model",
                    str(model),
                    "--interface",
                    host,
                    "--port",
                    str(ports.rasa),
                    "--credentials",
                    CREDENTIALS,
                    "--endpoints",
                    "endpoints.yml",
                ],
                env,
            )
        )
        children.append(
            Child.start(
                "web server",
                [
                    python,
                    "-m",
                    "bot.web",
                    "--host",
                    host,
                    "--port",
                    str(ports.web),
                ],
                env,
            )
        )
        print(
            f"kneebot: starting with model {model.name}; this takes about a minute...", flush=True
        )
        wait_until(
            lambda: (
                http_ok(f"{actions_url}/health")
                and http_ok(f"{rasa_url}/webhooks/rest/")
                and http_ok(f"{web_url}/healthz")
            ),
            children,
            settings.startup_timeout_s,
            "The assistant",
        )
        print(
            "\nkneebot is ready.\n"
            f"  Chat in the browser:  {web_url}/\n"
            f"  Widget script:        {web_url}/widget.js\n"
            f"  REST channel:         POST {rasa_url}/webhooks/rest/webhook\n"
            f"  socket.io channel:    {rasa_url}/socket.io\n"
            + "".join(
                f"  {name + ' channel:':<22}"
                + (f"on, POST {rasa_url}/webhooks/{name.lower()}/webhook\n" if on else "off\n")
                for name, on in messengers.items()
            )
            + f"  Action server:        {actions_url}/webhook\n"
            f"  Terminal chat:        kneebot chat --url {rasa_url}\n"
            "Press Ctrl-C to stop.\n",
            flush=True,
        )
        while all(child.alive() for child in children):
            time.sleep(0.5)
        dead = ", ".join(child.name for child in children if not child.alive())
        print(f"kneebot: {dead} stopped unexpectedly; stopping the rest.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nkneebot: stopping...", flush=True)
        return 0
    finally:
        # A second Ctrl-C must not leave children behind half-way through the stop.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop_all(children)
