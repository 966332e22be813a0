"""The action server, started with the knowledge index already loaded.

Loading the sentence model and the index takes about 10 s; doing it before the
server accepts requests (while Rasa loads its own model) spares the first person
who asks a question that wait.
"""

from __future__ import annotations

from rasa_sdk.__main__ import main_from_args
from rasa_sdk.endpoint import create_argument_parser


def warm_up() -> None:
    """Load the encoder and the knowledge index by running one search."""
    from bot.knowledge.search import search

    search("how do the hips affect the knee", k=1)


def main() -> None:
    """Parse rasa_sdk's own options, warm up, then serve the actions."""
    args = create_argument_parser().parse_args()
    warm_up()
    main_from_args(args)


if __name__ == "__main__":
    main()
