"""Rasa input channels with the project's input guard in front of the assistant."""
