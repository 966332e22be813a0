"""Rasa policies: the red-flag policy that outranks every other one."""
