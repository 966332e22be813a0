"""Run the web process (Django under gunicorn): ``python -m bot.web --port 8080``."""

from __future__ import annotations

import argparse
from typing import Any

from gunicorn.app.base import BaseApplication

# Threads, not more processes: the pages are light and each worker holds Django.
WORKERS = 2
THREADS = 4


class WebProcess(BaseApplication):
    """gunicorn with its options given here rather than on its command line."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from bot.web.wsgi import application

        return application


def main() -> None:
    """Parse the options and serve until stopped."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    WebProcess(
        {
            "bind": f"{args.host}:{args.port}",
            "workers": WORKERS,
            "threads": THREADS,
            "worker_class": "gthread",
            # Paths carry nothing personal, but the terminal is for the assistant's log.
            "accesslog": None,
            "loglevel": "warning",
        }
    ).run()


if __name__ == "__main__":
    main()
