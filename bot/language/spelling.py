"""Spelling repair for the words the red-flag screen depends on.

People in pain type fast: "numbess", "swolen", "cant", "breathles". Known slips
are mapped directly. A word that is not English (not in pyspellchecker's word list of
160,000 words with their frequencies) is corrected to the nearest key word of the
screen (one slip away, two for long words) or English word (one slip away), favouring
key words. A real word is never changed: "looked" never becomes "locked", nor
"dwelling" "swelling". Distances are rapidfuzz's optimal string alignment, where
swapping two neighbouring letters is one slip.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

if TYPE_CHECKING:
    from spellchecker import SpellChecker

# Missing apostrophes and slips too short or too irregular for the edit-distance rule.
MISSPELLINGS: dict[str, str] = {
    "cant": "can't", "cnt": "can't", "carnt": "can't", "caint": "can't", "cannt": "can't",
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "wasnt": "wasn't",
    "wont": "won't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "arent": "aren't",
    "werent": "weren't", "aint": "isn't", "im": "i'm", "ive": "i've",
    "kneee": "knee", "knea": "knee", "kne": "knee", "nee": "knee", "knie": "knee",
    "kneess": "knees", "kness": "knees", "calfe": "calf", "cafl": "calf", "calve": "calf",
    "numm": "numb", "num": "numb", "nunb": "numb", "numbe": "numb", "numbb": "numb",
    "feaver": "fever", "fevor": "fever", "fevr": "fever", "fver": "fever", "feevr": "fever",
    "feever": "fever", "fevere": "fever", "feber": "fever", "tempreture": "temperature",
    "swolen": "swollen", "swolle": "swollen", "sollen": "swollen", "swolln": "swollen",
    "swel": "swell", "sweling": "swelling", "swellin": "swelling", "sweeling": "swelling",
    "limpin": "limping", "limpng": "limping", "lmping": "limping", "hurst": "hurts",
    "wieght": "weight", "wight": "weight", "waight": "weight", "weigth": "weight",
    "brething": "breathing", "breth": "breath", "braeth": "breath", "cheast": "chest",
    "straiten": "straighten", "strait": "straight", "strate": "straight", "straigt": "straight",
    "lockd": "locked", "lokced": "locked", "loked": "locked", "lcoked": "locked",
    "poped": "popped", "popt": "popped", "snaped": "snapped", "giveing": "giving",
    "brok": "broke", "brokn": "broken", "chset": "chest", "ches": "chest", "chesst": "chest",
    "hott": "hot", "blu": "blue", "puss": "pus", "wond": "wound", "woond": "wound",
    "ankel": "ankle", "grion": "groin", "gorin": "groin",
    "neumb": "numb", "numbnes": "numbness", "numbess": "numbness",
    "tinglin": "tingling", "tingeling": "tingling", "cancr": "cancer", "lumb": "lump",
    "loosing": "losing", "loosin": "losing", "weepin": "weeping",
    "wks": "weeks", "wk": "week", "mths": "months", "mnths": "months",
    "yrs": "years", "yr": "year", "hrs": "hours", "hr": "hour", "mins": "minutes",
    "u": "you", "ur": "your", "r": "are",
    "n": "and", "nd": "and", "bc": "because", "cos": "because", "coz": "because", "cuz": "because",
}

# Key words a slip is corrected towards first: the words the screen reads signs by.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUZZY_TARGETS = _words("""
swollen swelling swelled swells numbness tingling breathless breathlessness breath breathe
breathing straighten straightened straightening weight temperature feverish shivering
bladder bowels incontinence incontinent urinate groin saddle genitals buttocks fracture
fractured broken dislocated deformed misshapen crooked replacement replaced surgery operation
injection incision oozing discharge infected infection locked locking unlock giving buckles
buckling buckled collapsed collapses collapsing tripping tripped twisted injury injured accident
limping limped weakness spreading improving improvement better worse getting exercises chest
shortness tender painful throbbing calves thigh elderly grandmother grandfather daughter cancer
chemotherapy tumour unexplained night stiff stiffness straight popped snapped crack walking stand
standing weightbearing redness warmth pulse blood clot ankle knees kneecap patella swell numb
wound feeling sensation control peeing urine accident fever teenager toddler retired pensioner
completely sciatica spine better deteriorating worsening unwell poorly vomiting dizzy confused
needles change granddaughter calf keep keeps same gran nana mother father foot lump toes walk
bear temp front drop gives given under fall fell fallen stuck weeks months year years little
short shorter myself huge gasping fluid leaking shivery puffy right ridden couple losing lift
ladder hurts pain wipe pee wetting legs knee
""")

# Chat shorthand and clinical abbreviations the word list lacks, left as typed.
AS_TYPED = _words("""
lol lols lmao omg tbh btw idk imo imho pls plz thx ty tyvm smh ngl fml wtf ffs rn
thr tkr tka tha acl mcl pcl lcl mri dvt prp nhs sufe pfps itb
""")

_MAX_EDITS = {3: 1, 4: 1, 5: 1, 6: 1, 7: 1}  # words of eight letters or more may have two slips
# How often a word must occur in the word list to count as English: rarer entries are
# mostly slips themselves.
MIN_FREQUENCY = 50
# A slip as near a key word as a common word goes to the key word unless the common word
# is this many times more frequent: "fevet" is "fever", not "feet"; "bimped" is "bumped",
# not "limped"; "goin" is "going", not "groin".
KEY_WORD_WEIGHT = 20


@lru_cache(maxsize=1)
def _english() -> SpellChecker:
    """The word list, loaded on first use (about half a second)."""
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


def is_english(word: str) -> bool:
    return _english().word_frequency[word] >= MIN_FREQUENCY


def nearest(word: str, choices: Iterable[str], limit: int) -> str | None:
    """The one choice within ``limit`` edits of ``word`` (adjacent swaps count as one edit).

    None when no choice is that near, or when two are equally near: a guess between
    two words is no correction.
    """
    best: str | None = None
    best_distance, tied = limit + 1, False
    for choice in choices:
        distance = OSA.distance(word, choice, score_cutoff=limit)
        if distance < best_distance:
            best, best_distance, tied = choice, distance, False
        elif distance == best_distance:
            tied = True
    return None if tied or best_distance > limit else best


@lru_cache(maxsize=4096)
def correct(word: str) -> str:
    """The word as the screen reads it: a known slip fixed, and a word that is not English
    repaired to the nearest key word or English word, the commoner one where several are
    as near (key words counting ``KEY_WORD_WEIGHT`` times their frequency)."""
    if word in MISSPELLINGS:
        return MISSPELLINGS[word]
    if (
        len(word) < 3 or not word.isalpha() or word in FUZZY_TARGETS or word in AS_TYPED
        or is_english(word)
    ):
        return word
    if word.endswith("in") and is_english(word + "g"):
        return word + "g"  # "goin", "gettin": the g people drop
    frequency = _english().word_frequency
    limit = _MAX_EDITS.get(len(word), 2)
    ranked: dict[str, tuple[int, int]] = {}  # candidate -> (edits, minus its weight)
    for target in FUZZY_TARGETS:
        if target[0] != word[0] and target[1:3] != word[1:3]:
            continue  # slips rarely change both the first letter and the next two
        edits = OSA.distance(word, target, score_cutoff=limit)
        if edits <= limit:
            # A key word with letters dropped ("caf", "lum") is that key word, however
            # common the English words an edit away ("can", "mum").
            dropped = _is_subsequence(word, target)
            weight = max(frequency[target], MIN_FREQUENCY) * KEY_WORD_WEIGHT
            ranked[target] = (0 if dropped else edits, -weight)
    for candidate in _english().edit_distance_1(word):
        if is_english(candidate):
            ranked.setdefault(candidate, (1, -frequency[candidate]))
    return min(ranked, key=ranked.__getitem__) if ranked else word


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)
