"""Child processes: their environment, free ports, readiness and a clean stop."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO

import requests

from bot.errors import KneebotError
from bot.settings import get_settings

STOP_GRACE_S = 15.0


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for every process the project starts."""
    env = dict(os.environ)
    # Health conversations must not leave the machine: no telemetry, no model hub.
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        TF_CPP_MIN_LOG_LEVEL="2",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
    )
    env.update(extra or {})
    return env


def run_rasa(arguments: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """``python -m rasa ARGUMENTS`` in the project directory, its output captured.

    In a child process, so the memory TensorFlow takes goes when it exits.
    """
    return subprocess.run(
        [sys.executable, "-m", "rasa", *arguments],
        cwd=get_settings().project_dir,
        env=child_env(),
        capture_output=True,
        text=True,
        check=False,
    )


def ensure_port_free(host: str, port: int, what: str, flag: str) -> None:
    """Raise a one-line error naming the option to change when ``port`` is taken."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            raise KneebotError(
                f"Port {port} ({what}) on {host} is already in use: stop the program using it, "
                f"or pick another port with {flag}."
            ) from None


def free_port(host: str = "127.0.0.1") -> int:
    """A port that was free a moment ago (for tests and benchmarks)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@dataclass
class Child:
    """One started process, in its own process group so its children stop with it."""

    name: str
    process: subprocess.Popen

    @classmethod
    def start(
        cls, name: str, command: Sequence[str], env: dict[str, str], output: IO[str] | None = None
    ) -> Child:
        """Start ``command``; its output goes to ``output``, or to ours when None."""
        process = subprocess.Popen(
            list(command),
            cwd=get_settings().project_dir,
            env=env,
            start_new_session=True,
            stdout=output,
            stderr=subprocess.STDOUT if output else None,
        )
        return cls(name, process)

    def alive(self) -> bool:
        return self.process.poll() is None

    def signal(self, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signum)


def stop_all(children: Sequence[Child], grace_s: float = STOP_GRACE_S) -> None:
    """SIGTERM every child's group, then SIGKILL whatever is left after ``grace_s``."""
    for child in children:
        child.signal(signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    for child in children:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        # The group may hold grandchildren even after the leader exited.
        child.signal(signal.SIGKILL)
        child.process.wait()


def http_ok(url: str, timeout_s: float = 2.0) -> bool:
    """True when ``url`` answers 200."""
    try:
        return requests.get(url, timeout=timeout_s).status_code == 200
    except requests.RequestException:
        return False


def wait_until(
    ready: Callable[[], bool], children: Sequence[Child], timeout_s: float, what: str
) -> None:
    """Poll ``ready`` until true; fail early if a child dies, or after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if ready():
            return
        dead = [c.name for c in children if not c.alive()]
        if dead:
            raise KneebotError(f"{', '.join(dead)} exited while starting; see the log above.")
        time.sleep(0.5)
    raise KneebotError(f"{what} did not become ready within {timeout_s:.0f} s.")
