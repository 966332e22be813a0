"""Serve ``bot/web/static`` and a ``config.js`` that tells the page where Rasa is.

The standard library's threading HTTP server is enough for static files; the
review console and widget of later parts bring their own framework.
"""

from __future__ import annotations

import argparse
import json
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STATIC = Path(__file__).parent / "static"


class Handler(SimpleHTTPRequestHandler):
    """Static files plus the generated ``/config.js``."""

    rasa_url = ""

    def do_GET(self) -> None:  # noqa: N802 - name fixed by http.server
        if self.path == "/config.js":
            body = f"window.KNEEBOT = {json.dumps({'rasaUrl': self.rasa_url})};\n".encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/javascript; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the terminal for the assistant's own log."""


def main() -> None:
    """Parse the options and serve until stopped."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    args = parser.parse_args()
    handler = type("ConfiguredHandler", (Handler,), {"rasa_url": args.rasa_url})
    server = ThreadingHTTPServer((args.host, args.port), partial(handler, directory=str(STATIC)))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
