"""The action server, started with the knowledge index and the entity rules loaded.

Loading the sentence model and the index takes about 10 s, and spaCy's entity rules a
few more; the server runs one action at a time, so doing it before it accepts requests
(while Rasa loads its own model) spares the first people who talk to it that wait.
"""

from __future__ import annotations

from rasa_sdk.__main__ import main_from_args
from rasa_sdk.endpoint import create_argument_parser


def warm_up() -> None:
    """Load the encoder, the knowledge index, the entity rules and the word list (a slip
    in the message to screen loads it) by using each once."""
    from bot.assessment.entities import extract
    from bot.knowledge.search import search
    from bot.safety import screen

    search("how do the hips affect the knee", k=1)
    extract("the front of my left knee hurts on the stairs")
    screen("my knee hurts on the stairz")


def main() -> None:
    """Parse rasa_sdk's own options, warm up, then serve the actions."""
    args = create_argument_parser().parse_args()
    warm_up()
    main_from_args(args)


if __name__ == "__main__":
    main()
