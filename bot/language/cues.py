"""Words that decide whether a mention is a report, a denial or a question.

Kept apart from the logic in ``scope.py`` so that a reviewer can read the lists
as a clinician would read them. All entries are normalised tokens (lower case,
apostrophes restored).
"""

from __future__ import annotations

# Sentence and clause punctuation.
SENTENCE_REACH = 100  # words either side of a mention that its sentence may span
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "(", ")"})
CLAUSE_PUNCTUATION = frozenset({",", ":"})

# Words that open a new clause when they follow "and", "or", "so" or a comma.
SUBJECTS = frozenset({
    "i", "i'm", "i've", "i'd", "i'll", "my", "it", "it's", "he", "she", "he's", "she's", "his",
    "her", "they", "they're", "we", "we're", "our", "there", "there's", "this", "that's", "the",
    "your", "you", "now", "then", "also", "today", "yesterday",
})
# Words that end any clause: what follows is a new thought.
CONTRAST = frozenset({
    "but", "however", "although", "though", "whereas", "yet", "except", "apart", "besides",
    "other", "still", "just", "only", "otherwise", "because", "cos", "which", "who", "when",
    "while", "whilst", "until", "till", "unless", "if", "after", "now", "then", "since", "so",
})
JOINERS = frozenset({"and", "or", "so", "plus", "&"})
# Words that start a statement of its own; an exception in one never reaches another.
STATEMENT_BREAKS = frozenset({
    "but", "however", "although", "though", "whereas", "yet", "then", "also", "plus",
})

# A negation cue denies what follows it in its clause: "no fever", "I don't have numbness".
NEGATIONS = frozenset({
    "no", "not", "never", "without", "nor", "neither", "none", "denies", "deny", "denied",
    "negative", "free", "cannot",
})
NEGATION_PHRASES = (("ruled", "out"), ("rule", "out"), ("rules", "out"))
# ... unless the cue is part of a phrase that does not deny anything.
PSEUDO_NEGATIONS: dict[str, frozenset[str]] = {
    "no": frozenset({"idea", "doubt", "matter", "way", "better", "improvement", "change",
                     "difference", "relief", "progress", "let", "i", "it", "my"}),
    "not": frozenset({"sure", "certain", "only", "just", "better", "improving", "improved",
                      "getting", "helping", "working", "gone", "settled", "stopped", "going"}),
    "without": frozenset({"warning", "reason", "trying", "dieting"}),
    "never": frozenset({"stopped", "gone", "settled", "been", "improved", "got", "recovered"}),
    "free": frozenset({"up", "itself"}),
}
# After "don't", "can't", "hasn't" and the like: "I don't know if", "it hasn't gone down".
PSEUDO_AFTER_NT = frozenset({
    "know", "tell", "sure", "stop", "stopped", "go", "gone", "settle", "settled", "ease", "eased",
    "improve", "improved", "help", "helped", "change", "changed", "get", "got", "seem", "wait",
    "understand",
})
# After "don't get" / "haven't got": what makes it a denial ("I don't get any pain").
HAD_WHAT = frozenset({"any", "pain", "a", "an", "much", "swelling", "fever"})
# Pronouns that start a new statement even without "and" before them ("no fever it's red").
PERSONAL = frozenset({
    "i", "i'm", "i've", "my", "he", "she", "he's", "she's", "his", "her", "it", "it's", "they",
    "we", "our", "you", "your",
})
# Words after a mention that deny it: "swelling has gone down", "clot ruled out".
AFTER_NEGATIONS = frozenset({
    "none", "gone", "went", "settled", "resolved", "cleared", "disappeared", "ruled", "negative",
    "nope", "nil",
})
NEGATION_WINDOW = 7  # words between a cue and the mention it denies

# Cues that make what follows them in the clause imagined rather than reported.
CONDITIONALS = frozenset({
    "if", "suppose", "supposing", "imagine", "hypothetically", "might", "prevent", "avoid",
    "risk", "chance", "chances", "likelihood", "future",
})
CONDITIONAL_REACH = 10  # words: a conditional does not govern a long run-on sentence
_KNOWING = ("know", "tell", "spot", "recognise", "recognize", "check", "find")
CONDITIONAL_PHRASES = (
    ("in", "case"), ("signs", "of"), ("sign", "of"), ("symptoms", "of"), ("symptom", "of"),
    ("one", "day"),
    # "how do I know", "how would you tell", "how to spot" ...
    *(("how", aux, who, verb) for aux in ("do", "can", "would", "will", "could", "should")
      for who in ("i", "you", "we", "one") for verb in _KNOWING),
    *(("how", "to", verb) for verb in _KNOWING),
)
# "as if", "even if", and "not sure if" / "don't know if": these ask about now, not "what if".
NOT_CONDITIONAL_BEFORE_IF = frozenset({
    "as", "even", "see", "check", "sure", "know", "tell", "wonder", "wondering", "unsure",
    "certain", "idea",
})

# Declarative frames that introduce a topic rather than a report ("worried about a clot");
# only what follows the frame can anchor it to the person.
TOPIC_FRAMES = (
    ("worried", "about"), ("worry", "about"), ("worrying", "about"), ("concerned", "about"),
    ("afraid", "of"), ("scared", "of"), ("frightened", "of"), ("read", "that"), ("read", "about"),
    ("heard", "that"), ("heard", "about"), ("told", "me", "that"), ("tell", "me", "about"),
    ("information", "about"), ("info", "on"), ("know", "about"), ("learn", "about"),
    ("watch", "for"), ("watch", "out", "for"), ("look", "out", "for"), ("lookout", "for"),
)
# Generic statements ("a swollen calf can mean a clot"); an anchor anywhere in the clause
# makes them a report ("my calf can be swollen for days").
GENERIC_FRAMES = (
    ("can", "be"), ("can", "mean"), ("can", "cause"), ("could", "mean"), ("could", "cause"),
    ("may", "mean"), ("may", "be"), ("might", "mean"), ("can", "indicate"), ("could", "indicate"),
    ("is", "a", "sign"), ("are", "a", "sign"), ("could", "be"), ("can", "lead"),
)

# Question openers: a clause that starts with one is asked, not told.
WH_WORDS = frozenset({"what", "how", "why", "when", "where", "which", "who", "what's", "how's"})
AUXILIARIES = frozenset({
    "should", "could", "would", "can", "will", "is", "are", "do", "does", "did", "was", "were",
    "has", "have", "might", "may", "shall", "am",
})
# "isn't it ...", "can't I ...": questions only with a pronoun after them; "can't straighten
# it?" is a report, whatever its punctuation.
NEGATIVE_AUXILIARIES = frozenset({
    "isn't", "aren't", "doesn't", "don't", "can't", "won't", "shouldn't", "couldn't",
    "wouldn't", "didn't",
})
# "should I", "is it": a question with or without its question mark.
PRONOUN_SUBJECTS = frozenset({
    "i", "you", "we", "it", "this", "that", "there", "one", "he", "she", "they",
})
# "Can a ...", "does the ...": questions even without their question mark, since no report
# that drops its "I" opens so ("have a fever and ..." does, so "have" is not among them).
MODAL_OPENERS = frozenset({
    "can", "could", "would", "should", "will", "might", "may", "does", "do",
})
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "some", "any"})
# What a question to answer may open with beyond the screen's strict openers: "how many
# clamshells", "is walking good", "whats the clam". "When" and "where" open reports as
# often ("when I walk ..."), and "have", "has", "did" reports that dropped their "I".
ASKING_WH = frozenset({
    "what", "how", "why", "which", "who", "what's", "how's", "whats", "hows", "who's", "whos",
    "wat", "wats", "wot",  # as phones type "what"
})
ASKING_AUXILIARIES = MODAL_OPENERS | {"is", "are", "am", "was", "were", "shall"}
# "is sore on the stairs": a report with its "it" dropped, not a question.
REPORTED_STATES = frozenset({
    "sore", "painful", "swollen", "stiff", "hurting", "aching", "killing", "bad", "worse",
    "better", "fine", "ok", "okay", "good", "be",  # "could be 3 weeks" answers
})
# A question mark after this many words asks, where a short "about 3 weeks?" answers.
ASKED_WORDS = 7
# A choice this short that ends a story asks without its question mark: "... my knee goes
# in. weak hip or something else"; an answer that names two places or activities is alone.
CHOICE_WORDS = 6
# Phone questions leave out the comma before their question ("my bum feels weak is that
# connected"): a verb before its subject asks wherever it stands.
INVERTED_AUXILIARIES = frozenset({
    "is", "are", "am", "could", "should", "can", "will", "would", "does", "do", "might",
})
INVERTED_SUBJECTS = frozenset({"i", "it", "that", "this", "he", "she", "they", "these", "those"})
# The assistant and the person: "do you mean", "should i" ask even inside an answer.
ADDRESSED_SUBJECTS = frozenset({"i", "you"})
# Words after which a question word, or a verb before its subject, tells rather than asks:
# "the thing is it hurts", "I don't know why", "it depends how far I walk", "no matter
# what"; and a subject before the verb, "every time i do it hurts", "it does it at night".
TELLING_BEFORE = PRONOUN_SUBJECTS | frozenset({
    "thing", "problem", "worst", "issue", "trouble", "point", "reason", "fact", "truth",
    "bit", "part", "question", "answer", "how", "what", "where", "when", "why", "if",
    "whether", "know", "sure", "think", "so", "neither", "nor", "here", "as", "idea",
    "understand", "tell", "see", "wonder", "depends", "depend", "matter", "remember",
    "say", "varies", "vary", "on", "about", "of", "explain", "notice", "me", "out",
    "whatever", "wish",
})
# Questions asked by their topic and a question word: "bridges how often", "lunges how
# many each leg", "hip weak knee pain why".
TOPIC_QUESTIONS = (
    ("how", "many"), ("how", "much"), ("how", "often"), ("how", "long"), ("how", "high"),
    ("how", "far"), ("how", "slow"), ("how", "fast"),
)
# "how much better my knee feels" tells.
COMPARATIVES = frozenset({"better", "worse", "more", "less", "easier", "harder"})
TRAILING_QUESTION_WORDS = frozenset({"why", "how", "what"})
# A choice offered is a question: "the burn in my thigh, good or bad", and, ending the
# sentence, "... push through or stop"; "i have to slow down or stop walking" tells.
CHOICES = (
    ("good", "or", "bad"), ("bad", "or", "good"), ("yes", "or", "no"),
    ("right", "or", "wrong"), ("normal", "or", "not"), ("safe", "or", "not"),
    ("ok", "or", "not"), ("okay", "or", "not"),
)
ENDING_CHOICES = (
    ("or", "not"), ("through", "or", "stop"), ("on", "or", "stop"), ("or", "without"),
    ("or", "push", "through"),
)
# Asking for advice, wherever it stands, even inside an answer to the assessment.
ADVICE_PHRASES = (
    ("any", "tips"), ("any", "advice"), ("any", "ideas"), ("i", "wonder"), ("wondering", "if"),
    ("wondering", "whether"),
)
# Words people open a message with before they ask: "sorry, what's a red flag",
# "honestly whats the chance this works".
OPENING_FILLERS = frozenset({
    "sorry", "honestly", "ok", "okay", "so", "wait", "hey", "hi", "hello", "um", "umm", "erm",
    "hmm", "oh", "well", "also", "and", "but", "actually", "lol", "quick", "question", "q",
})
# "does that count", "is that ok": asked of what was just said, even inside an answer,
# when what follows is what is asked; "does that most days" tells.
DEMONSTRATIVE_SUBJECTS = frozenset({"that", "this"})
ASKED_OF_WHAT_WAS_SAID = frozenset({
    "count", "ok", "okay", "normal", "bad", "good", "fine", "mean", "matter", "right", "wrong",
    "true", "safe", "help", "work", "related", "linked", "connected", "worth", "enough",
    "serious", "common", "a", "an", "why", "because",
})
# Asking about the assistant's own questions, whatever the classifier took the message
# for: "why do you need my age", "does a scan count as an operation", "what do i put".
ABOUT_THE_QUESTIONS = (
    ("why", "do", "you", "need"), ("why", "do", "you", "ask"), ("why", "do", "you", "want"),
    ("why", "ask"), ("why", "are", "you", "asking"), ("why", "does", "that", "matter"),
    ("why", "does", "it", "matter"), ("what", "do", "you", "mean"), ("do", "you", "mean"),
    ("does", "that", "count"), ("does", "it", "count"), ("does", "this", "count"),
    ("count", "as", "an"), ("count", "as", "a"), ("what", "do", "i", "put"),
    ("what", "should", "i", "put"), ("which", "one", "do", "i"), ("what", "counts", "as"),
)
# Phrases that ask without opening as a question: "any tips", "I wonder if ...".
ASKING_PHRASES = ADVICE_PHRASES + (
    ("wonder", "if"), ("wonder", "whether"), ("wondering",),
    ("or", "not", "?"),
)
# Words that open a question and say nothing about whose body it is ("should I worry ...").
QUESTION_FRAME = WH_WORDS | AUXILIARIES | NEGATIVE_AUXILIARIES | {"i", "you", "we", "one"}
# In a question or topic frame, these show the person is talking about themselves or
# someone in their care: "is it bad that MY calf is swollen?".
ANCHORS = frozenset({
    "my", "i", "i'm", "i've", "i'd", "me", "mine", "myself", "his", "her", "he", "she", "he's",
    "she's", "our", "we", "we've", "us", "him",
})
# Words that date what is described, making it a report even inside "what if ...".
TIME_ANCHORS = frozenset({
    "today", "tonight", "yesterday", "now", "currently", "ago", "since", "earlier", "lately",
    "recently",
})
TIME_ANCHOR_PHRASES = (
    ("this", "morning"), ("last", "night"), ("right", "now"), ("at", "the", "moment"),
    ("this", "afternoon"), ("this", "evening"), ("last", "week"),
)
# Inside a conditional, these followed by a pronoun start a new (reported) clause.
SUBORDINATORS = frozenset({"as", "because", "cos", "so", "since", "when", "then"})
# In "if" scope, a second subject after one of these does not start a new clause.
SCOPE_KEEPERS = frozenset({
    "and", "or", "if", "that", "when", "what", "whether", "of", "in", "on", "to", "with", "at",
    "from", "about", "for", "under", "behind", "around", "into", "onto", "like", "than", "as",
})
SCOPE_SUBJECTS = frozenset({"i", "i'm", "i've", "my", "he", "she", "his", "her", "we", "they"})
