"""Rule-based entity extraction with spaCy (``spacy.blank("en")`` + EntityRuler).

English pretrained pipelines for spaCy 3.4 are not on the package index, and the
vocabulary of knee pain is small and stable, so hand-written patterns are both
more accurate and easier to audit than a statistical tagger. Mentions preceded by
a negation cue in the same clause ("no pain on stairs", "my hips aren't stiff") are
dropped, and so are a few followed by one ("stairs are fine", "kneeling isn't painful").

Entities and their values (always strings):

- ``knee_location``: front, inner, outer, back, all_over
- ``side``: left, right, both. Needs a noun ("left knee", "the right one", "both knees",
  "L knee") or a context where nothing else is meant ("the left is worse", "both");
  a lone "left" or "right" is left to the form that asked.
- ``activity``: running, stairs, squatting, kneeling, sitting_long, walking, cycling,
  jumping, standing. "I can't kneel" counts: inability is not negation.
- ``hip_symptom``: stiff, tight, weak, painful, only when said of the hip, groin or
  buttock ("tight hip flexors", "my glutes are weak", "groin pain", "my hip drops when I
  walk"); one mention may carry several ("stiff and sore hips"). A sign of weak or tight
  hips said later of a hip named before it counts too ("my hips are weak and they're
  stiff", "hip weakness and tightness"), unless another body part was named in between.
- ``hip_area``: hip, groin, buttock: where a hip symptom is, or a position said of the
  hip ("the front of my hip"), so that it is not taken for a knee location.
- ``knee_caving``: yes ("my knee caves in", "knees go inwards when I squat").
- ``duration``: weeks, as a number with at most one decimal: "3 weeks" -> "3",
  "a few days" -> "0.4", "a couple of months" -> "8.7", "a year" -> "52". A month is
  52/12 weeks; "a couple" is 2; "a few", "several", and a bare "for months" or "years
  ago" are 3; a range gives its upper end ("2-3 weeks" -> "3"). Dates ("since March")
  and frequencies ("3 times a week") are not durations.
- ``severity``: the number on a 0-10 scale ("7/10", "about a 6", "8 out of 10",
  "pain is 5", "severity 3" -> "7", "6", "8", "5", "3"; "7.5" keeps its decimal); other
  scales are converted ("3/5" -> "6"); a range gives its upper end ("6-7/10" -> "7").
  Numbers above 10 are kept ("14/10" -> "14") for the form to ask for 0-10 again;
  above 100 they are dropped. A bare number ("7", "maybe 4") is left to the form.
- ``age``: whole years ("I'm 45", "45yo", "aged 70", "my 12 year old son" -> "45",
  "45", "70", "12"); decades give their start ("in my 40s" -> "40", "mid 40s" -> "44",
  "late 40s" -> "47", "in my teens" -> "13"). A bare number is left to the form.
- ``surgery``: hip_replacement, knee_replacement, hip_surgery, knee_surgery,
  other_surgery. Not when planned or asked about ("do I need surgery?", "waiting for
  a knee replacement").
- ``weeks_since_surgery``: the duration said next to a surgery ("hip replacement 6
  weeks ago", "knee op last month", "6 weeks post op" -> "6", "4.3", "6"), in the same
  format as ``duration`` and reported instead of it.
- ``injury``: injury ("I fell", "twisted it playing football", "after a fall"); not
  when asked about or avoided ("how do I avoid injury?").
- ``pregnancy``: yes ("I'm pregnant", "22 weeks pregnant", "expecting a baby"); not when
  negated ("not pregnant") or said of someone else ("my wife is pregnant"). The weeks
  of a pregnancy are not a duration of pain.

Some answers mean something only as the whole reply to the assessment's question, and
are recognised only then: "the back" (of the knee: a knee location), "stiff" or "tight
and weak" (the hips: hip symptoms), "I'm 34 yrs" (an age, where "I'm 6 weeks post op" is
a duration). ``extract(text, hip_answer=True)`` reads an answer to the hip question, in
which symptom words that name no body part are the hip's ("stiff, and my glutes ache").
"""

from bot.assessment.entities.extract import Entity, extract, values

__all__ = ["Entity", "extract", "values"]
