"""Everything that speaks Rasa: NLU components, the red-flag policy, the input channels.

Each is a thin adapter over the domain rooms (``bot.safety``, ``bot.assessment``,
``bot.knowledge``, ``bot.plans``), which know nothing of Rasa.
"""
