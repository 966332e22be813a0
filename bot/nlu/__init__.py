"""Language understanding: rule-based entities and Rasa components built on them."""
