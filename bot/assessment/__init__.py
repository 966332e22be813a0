"""The assessment: reading a person's answers to the form's questions and saying them back.

- ``vocabulary``: the canonical answers and the words for them.
- ``answers.read_answer(question, text, intent)``: an answer's canonical value, or None.
- ``form.settle(slot, value, turn)``: what an answer settles and what to say about it.
- ``summary.summarise(answers)``: everything said back in one sentence.
- ``entities``: rule-based, negation-aware entities (location, side, activity, ...).
"""
