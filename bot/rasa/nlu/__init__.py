"""Rasa NLU components: the sentence embedding, the intent classifier and the rule entities."""
