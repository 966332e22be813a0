"""Rasa input channels, each behind the one input guard (``guard.guard_handler``)."""
