"""Dialogue components that adapt the project's safety rules to Rasa's policy ensemble."""
