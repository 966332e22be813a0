"""Shared fixtures: one trained model and one running assistant for the whole session.

Training takes about a minute and starting Rasa about as long, so both are
session-scoped; every process started here is stopped at the end.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest
import requests

from bot.runtime.processes import child_env, free_port
from tests.rasa.channels.standins import SlackWebAPI, TelegramBotAPI, telegram_rate_limit

PROJECT = Path(__file__).resolve().parent.parent
KNEEBOT = [sys.executable, "-m", "bot.cli"]
# The chat-app credentials the test assistant runs with, against the local stand-ins.
TELEGRAM_TOKEN = "123456789:TEST-token-for-the-local-stand-in"
TELEGRAM_SECRET = "test-webhook-secret_1"
SLACK_TOKEN = "xoxb-test-token"
SLACK_SECRET = "test-signing-secret"
START_TIMEOUT_S = 420


def run_kneebot(
    *args: str, env: dict[str, str] | None = None, timeout: float = 900
) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess and capture what it prints."""
    return subprocess.run(
        [*KNEEBOT, *args],
        cwd=PROJECT,
        env=child_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """Train (or reuse) the model, building the knowledge index it answers from first."""
    result = run_kneebot("train")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return Path(result.stdout.strip().split()[-1])


@dataclass
class Assistant:
    """A running `kneebot up` and the URLs it serves."""

    process: subprocess.Popen
    rasa_url: str
    actions_url: str
    web_url: str
    log: Path

    def say(self, sender: str, message: str) -> list[dict]:
        """Send one message over REST and return the replies (asserting a 200)."""
        response = requests.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=60,
        )
        assert response.status_code == 200, response.text
        return response.json()

    def children(self) -> list[psutil.Process]:
        return psutil.Process(self.process.pid).children(recursive=True)


@pytest.fixture(scope="session")
def host_port() -> int:
    """The port of the plain page that embeds the widget in browser tests (another origin)."""
    return free_port()


@pytest.fixture(scope="session")
def telegram_api() -> Iterator[TelegramBotAPI]:
    """Telegram's Bot API on loopback; its first setWebhook answers 429, as a flood does."""
    api = TelegramBotAPI(TELEGRAM_TOKEN)
    api.fail_next("setWebhook", 429, telegram_rate_limit(1))
    api.start()
    yield api
    api.stop()


@pytest.fixture(scope="session")
def slack_api() -> Iterator[SlackWebAPI]:
    api = SlackWebAPI(SLACK_TOKEN).start()
    yield api  # type: ignore[misc]
    api.stop()


@pytest.fixture
def api_limits_kept(telegram_api: TelegramBotAPI, slack_api: SlackWebAPI) -> Iterator[None]:
    """Fails a test during which Telegram or Slack would have refused a call for breaking
    one of their limits or formats (the stand-ins check them as the real APIs do)."""
    before = len(telegram_api.rejected), len(slack_api.rejected)
    yield
    refused = telegram_api.rejected[before[0] :] + slack_api.rejected[before[1] :]
    assert refused == [], [(call.method, call.params, problem) for call, problem in refused]


@pytest.fixture(scope="session")
def assistant(
    trained_model: Path,
    host_port: int,
    telegram_api: TelegramBotAPI,
    slack_api: SlackWebAPI,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Assistant]:
    """`kneebot up` on free ports with its own tracker database, stopped with SIGTERM.

    Its widget may be embedded by the demo page and by the browser tests' host page;
    its Telegram and Slack channels talk to the local stand-ins.
    """
    tmp = tmp_path_factory.mktemp("assistant")
    ports = [free_port() for _ in range(3)]
    log = tmp / "kneebot-up.log"
    origins = f"http://127.0.0.1:{ports[2]},http://127.0.0.1:{host_port}"
    env = child_env(
        {
            "KNEEBOT_TRACKER_DB": str(tmp / "tracker.db"),
            "KNEEBOT_ALLOWED_ORIGINS": origins,
            "KNEEBOT_PUBLIC_URL": f"http://127.0.0.1:{ports[0]}",
            "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
            "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
            "TELEGRAM_API_URL": telegram_api.url,
            "SLACK_BOT_TOKEN": SLACK_TOKEN,
            "SLACK_SIGNING_SECRET": SLACK_SECRET,
            "SLACK_API_URL": f"{slack_api.url}/api/",
        }
    )
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                *KNEEBOT,
                "up",
                "--rasa-port",
                str(ports[0]),
                "--actions-port",
                str(ports[1]),
                "--web-port",
                str(ports[2]),
            ],
            cwd=PROJECT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    running = Assistant(
        process,
        *(f"http://127.0.0.1:{port}" for port in ports),
        log=log,  # type: ignore[arg-type]
    )
    try:
        _wait_ready(running)
        yield running
    finally:
        _stop(running)


def _wait_ready(running: Assistant) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if running.process.poll() is not None:
            pytest.fail(f"kneebot up exited early:\n{running.log.read_text()[-5000:]}")
        if "kneebot is ready" in running.log.read_text():
            return
        time.sleep(1)
    pytest.fail(
        f"kneebot up was not ready in {START_TIMEOUT_S} s:\n{running.log.read_text()[-5000:]}"
    )


def _stop(running: Assistant) -> None:
    descendants = running.children() if running.process.poll() is None else []
    running.process.send_signal(signal.SIGTERM)
    try:
        running.process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        running.process.kill()
    _, alive = psutil.wait_procs(descendants, timeout=30)
    for process in alive:
        process.kill()
    assert not alive, f"processes left running after SIGTERM: {[p.pid for p in alive]}"
