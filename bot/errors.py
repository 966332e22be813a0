"""The one exception type the CLI turns into a one-line message instead of a traceback."""


class KneebotError(Exception):
    """A mistake the user can fix (port in use, no trained model, ...); str() says how."""
