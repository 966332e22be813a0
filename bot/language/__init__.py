"""Reading people's text, shared by the red-flag screen, the entities and the form.

- ``numbers``: digits, number words (read by text2num) and vague amounts ("a few").
- ``ages``: stated and vague ages as ranges ("in my teens", "year 9").
- ``durations``: how long, in weeks, from amounts, units and dates ("since March").
- ``text``: a message as normalised tokens that remember where they came from.
- ``spelling``: repair of the slips people in pain make ("swolen", "numbess").
- ``scope`` and ``cues``: whether a mention is reported, denied, imagined or asked about.

Plain Python with no Rasa types; spaCy only where a module says so.
"""
