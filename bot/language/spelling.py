"""Spelling repair for the words the red-flag screen depends on.

People in pain type fast: "numbess", "swolen", "cant", "breathles". Known slips
are mapped directly; other long words within one or two edits of a key word are
corrected to it, unless they are themselves real English words ("looked" must
never become "locked", nor "dwelling" "swelling"). Distances are rapidfuzz's optimal
string alignment, where swapping two neighbouring letters is one slip.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import OSA

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

# Key words the edit-distance rule may correct towards (five letters or more).
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
needles change granddaughter
""")

# Real English words within reach of a target, never to be "corrected" (found by running the
# rule over a list of about 22,000 common English words).
PROTECTED = _words("""
accidental accidents angle anile ankles batter beater bender betters betting bight bitter blond
chance changed changes charge needless
bloody bloom bound bowel bowls breach breadth breaking breathed breaths brine broke broker brood
bubbling buckle buckley butter cancel cancers caner carves caves cheat chess chests clog cloth
clots clout cocked collapse complete completed completes confessed confined confuse consumed
controls cooked cracks crank creating crest crock daddle dancer daughters deported deterioration
discharged diving docked docking dowels dripped dripping dulse dwell dwelling dwellings eight
exercise exercised featured feeding feelings felling fender fevers fewer fight fiver flood found
fractures gender generals getter gimping grain grin gripped gripping groan groins grown halves
height hiving hopped horse hound humour imposing improvements inception inclusion indicted
inducted induction infections infectious inflated inflation inflicted injected injunction
inserted insertion inspected inspection intention invasion invented invention inverted invested
jetting knee kneel kneels lacked lacking laughter lender letter letting lever licked licking
light limpet limpid living locke locker looked looking lucked might mocked mocking morse mound
netting never nights norse operatic operating operational operations operative operator paddle
peeking peeling peering peking pensions petting pound preaching propped pulsed pulses purse
reeling reformed reformer render repealed repeated replace replacements replaces retire right
riving rocked rocking round saddled salves scanning screaming seeing seine selling sells sender
sensations setter setting sever shandong shell shelling shells shimmering shine shortest sight
skiff slapped smell smelled smelling smells sniff socked socking softness sound sounding
spanning speaking speeding spell spelled spelling spells spending spice spiff spike spilling
spin spina spines spins spire spite spraying stabbing staff stalking standings stands starring
starting starving stealing sterling stiffs stillness stinging straighter straightest strand
stranding streaming stuff stunning swapped swearing sweating sweeping sweller swine swirling
talking teenage teenagers temperate temperatures tended tenner thighs throwing tight tinder
tipped tipping topped torse towels track trapped trapping treating tumor valves vender visiting
vowels waddle waking walling weaknesses weigh weighs weights weighty wellness wetter wetting
wight wore worst would wounds wreath wright
""")

_MAX_EDITS = {5: 1, 6: 1, 7: 1}  # words of eight letters or more may have two slips


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
    """The word as the screen reads it: a known slip fixed, a near miss of a key word repaired."""
    if word in MISSPELLINGS:
        return MISSPELLINGS[word]
    if len(word) < 5 or not word.isalpha() or word in FUZZY_TARGETS or word in PROTECTED:
        return word
    limit = _MAX_EDITS.get(len(word), 2)
    best, best_distance, tied = word, limit + 1, False
    for target in FUZZY_TARGETS:
        if target[0] != word[0] and target[1:3] != word[1:3]:
            continue  # slips rarely change both the first letter and the next two
        allowed = min(limit, _MAX_EDITS.get(len(target), 2))
        distance = OSA.distance(word, target, score_cutoff=allowed)
        if distance > allowed:
            continue
        if distance < best_distance:
            best, best_distance, tied = target, distance, False
        elif distance == best_distance:
            tied = True
    return word if tied or best_distance > limit else best
