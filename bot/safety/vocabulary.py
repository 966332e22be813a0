"""The red-flag vocabulary: what people say, as data.

Each concept is a list of phrasings written as regular expressions over the
normalised text (lower case, one space between tokens, apostrophes restored,
common misspellings already corrected). Two shorthands keep them readable:

- ``{name}`` inserts a word group from ``WORDS`` (or another concept);
- `` ~ `` allows up to four words in between, `` ~~ `` up to seven; a gap never
  crosses punctuation, a negation ("not", "no", "-n't"), "but", or an "and"
  that starts a new statement ("swollen knee and my calf ...").

Concepts are grouped under the red flag they mainly serve; the combination
rules that turn concepts into flags and levels live in ``rules.py``.
``HARMLESS`` lists phrasings that, in the same sentence, show an ordinary use of
a concept's words (a stress leak when sneezing, cold toes in winter).
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "cant": r"can't|can not|cannot|couldn't|could not|unable to|not able to|no longer able to"
    r"|(haven't|hasn't|have not|has not|not) been able to|can't even|couldn't even|still can't"
    r"|(can|could) (barely|hardly|only just)",
    # Where a joint's heat, redness or locking is felt; "it" is nearly always the knee here.
    "site": r"knee|knees|kneecap|kneecaps|knee cap|patella|leg|legs|joint|hip|hips|it|it's"
    r"|skin|scar|wound",
    "calf": r"calf|calves|calfs|lower leg|whole leg|entire leg|leg below the knee"
    r"|back of (my |the |his |her )?(lower )?leg|leg from the knee down",
    "saddle": r"saddle|groin|genitals?|private|privates|down below|down there|bum|buttocks"
    r"|backside"
    r"|bottom(?! of)|between ({whose} )?legs|inner thighs|backs? of ({whose} )?thighs|anus"
    r"|back passage|perineum|crotch|vagina|penis|scrotum|saddle area"
    r"|(private|intimate) (area|parts)",
    "swollen": r"swollen|swelling|swelled( up)?|swells( up)?|swell( up)?|puffy|puffed up"
    r"|bloated|ballooned|blown up|blew up|enlarged|inflamed",
    "warm": r"warm|warmer|hot|hotter|heat|burning hot|burning to (the )?touch",
    "red": r"red|redder|reddish|redness|flushed|angry( looking)?|discoloured|discolored",
    "pale": r"pale|white|whitish|blue|bluish|grey|greyish|gray|grayish|mottled|dusky|waxy",
    "numb": r"numb|numbness|pins and needles|tingling|tingles|tingly|dead|asleep"
    r"|(no|lost|lost the|lost all|loss of|reduced|altered|little|less) (feeling|sensation)",
    "pain": r"pain|pains|painful|hurts|hurt|hurting|sore|soreness|ache|aches|aching|achy"
    r"|agony|tender|tenderness|throbbing|throbs|killing me",
    "whose": r"(my|his|her|their|the|your|our)( left| right| bad| other| good| sore| injured)?",
    # What may follow "can't walk" / "can't stand" when it is about distance or an idiom.
    "not_inability": r"very|that|as|too|for|far|long|fast|quick|quickly|much|more|up|down"
    r"|upstairs|downstairs|uphill|downhill|around|round|the|this|it when|people|without"
    r"|distances?|a mile|miles|\d+|from|being|waiting|him|her|them",
    # The tendons that straighten the knee, by name or by place.
    "tendon": r"(quad|quads|quadriceps|patellar|patella|kneecap|knee cap|knee) tendon"
    r"|tendon (above|below|under|over|just above|just below) ({whose} )?(kneecap|knee cap"
    r"|knee|patella)",
    # Everyday words for a fall.
    "tumble": r"tumbled|(a|another|nasty|bad|little|big|small) (tumble|spill)|went flying"
    r"|hit the (deck|floor|ground|pavement)|face ?plant(ed)?|keeled over|head over heels"
    r"|c[ao]me a cropper|stacked it|wiped out|went (a|arse|ass|head) over"
    r"|(^|i|he|she|they|and|then|,) went down (on|onto|hard|heavily|awkwardly|badly|in|at)"
    r"|went over (in|on|at|outside|backwards)",
    # Things people fall off or come off.
    "perch": r"ladder|bike|horse|wall|roof|step|steps|stairs|chair|trampoline|skateboard"
    r"|scooter|motorbike|board|skis|stool|bed|kerb|curb|table|bus|train|platform|step ?ladder"
    r"|stepladder|swing|slide|skates|roller ?skates|surfboard|moped|e ?bike|quad bike",
}

SHARED: dict[str, list[str]] = {
    "injury": [
        r"fell|fallen|falling over|had a fall|(a|the|that|this|{whose}) fall|{tumble}",
        r"tripped|slipped|stumbled|skidded|went over on (it|{whose})",
        r"(came|come|coming|fell|falling|fallen) off (the|a|{whose}) ({perch})",
        r"twisted|wrenched|sprained|dislocated|hyperextended|overextended",
        r"landed (awkwardly|badly|wrong|wrongly|funny|heavily|on (it|{whose}))|awkward landing",
        r"(landing|landed|jumped|jumping) (from|off|on) (a|the|{whose})",
        r"missed (the|a|my) ~ (step|footing|stair)|(i|he|she) went down (hard|heavily|badly|on)",
        r"came down (badly|hard|heavily|awkwardly|awkward|wrong|funny|on (it|{whose}|a|an))",
        r"injured|injury|injuries|hurt (it|myself|himself|herself|{whose} (knee|leg|hip))",
        r"tackled|tackle|collided|collision|crashed|crash|accident|hit by|knocked|banged"
        r"|kicked|smashed|whacked",
        r"(swung|slammed|banged|smashed|crashed|ran|drove) into ({whose} )?(knee|leg|shin)",
    ],
    "fall": [
        r"fell|fallen|falling over|had a fall|(a|the|that|this|{whose}) fall|{tumble}",
        r"tripped|slipped|(came|come|coming) off (the|a|{whose}) ({perch})",
        r"came down (badly|hard|heavily|awkwardly|awkward|wrong|funny)",
        r"(found|lying|ended up) on the (floor|ground)|lost (her|his|my) (balance|footing)",
    ],
    "fever": [
        r"fever|fevers|feverish|febrile",
        r"(high|a|running a|got a|have a|had a|with a) temp(erature)?",
        # "I've had temperatures on and off"; not the weather ("we had temperatures of 35").
        r"(had|having|run|running|runs|ran) (high |little |some )?temp(erature)?s"
        r"(?! (of|in|below|above|outside|all|are|were|this|last|today|here|there|lately)\b)",
        r"temp(erature)? (of|is|was) (3[7-9]|4[0-2])|3[89](\.\d)? (degrees|c)",
        r"temp(erature)? (at |reading |reads |around |about )?(37\.[5-9]|3[89]|4[0-2])",
        r"10[0-4](\.\d)? (degrees|f)",
        r"chills|the shivers|shivering|shivery|rigors|rigours|burning up|hot and cold",
        r"(cold|night) sweats|sweats|flu like|flulike|fluey|flu symptoms",
        r"sweating buckets|(drenched|soaked|dripping) (in|with) sweat",
        r"(shaking|shaky|shivering|trembling) and (sweating|sweaty)"
        r"|(sweating|sweaty) and (shaking|shaky|shivering|trembling)",
        r"like (i have|i've got) (the )?flu",
        r"the shakes|teeth (are |were |keep )?chattering|shaking (all over|uncontrollably)",
        r"(she's|he's|she is|he is|they're) (really |very |so |quite |burning |roasting )?(hot"
        r"|boiling)(?! (and|to|from))",
        r"low grade (temp|temperature|fever)|(temp|temperature) (most|every|in the) (evenings?"
        r"|nights?)",
    ],
    "very_unwell": [
        r"(very|really|so|extremely|quite|seriously|super|generally) (unwell|ill|sick|poorly)",
        r"(very|really|so|extremely|quite|seriously|super|generally) rough|rough as",
        r"(feel|feels|feeling|felt) (unwell|ill|awful|terrible|dreadful|rotten|horrible|faint"
        r"|dizzy|confused|like death|like crap|like rubbish|like hell)",
        # A knee can feel rough (grating); only a person feels rough in the sense of unwell.
        r"(i|he|she|i'm|he's|she's|i've been|he's been|she's been|been|^) ?(feel|feels|feeling"
        r"|felt) (rough|grim|lousy)",
        r"sick as a dog|vomiting|throwing up|threw up|been sick|being sick|confused|drowsy",
        r"delirious|fainted|passed out|clammy|like i'm dying",
        r"not making (much |any )?sense|talking nonsense|not (herself|himself|themselves)",
        r"can't keep (anything|food|water) down",
    ],
    "swelling": [
        r"{swollen}|effusion|puffiness",
        r"fluid (on|in) ({whose} )?knee|water on ({whose} )?knee",
        r"({site}) (is|looks|has gone|has got|got|gone|went) (massive|huge|enormous|fat"
        r"|double the size|twice the size)",
    ],
    "joint_hot": [
        r"({site}) ~ ({warm})",
        r"({warm}) (to (the )?touch|knee|joint|swollen|and (red|swollen|puffy))",
        r"radiating heat|heat (coming|radiating) (off|from)|like it's on fire|on fire",
    ],
    "joint_red": [
        r"({site}) ~ ({red})|red hot",
        r"({red}) (and (hot|warm|swollen|shiny)|hot|swollen|knee|joint|skin|rash)",
    ],
    "pain": [r"{pain}"],
    "leg_pain": [
        r"(knee|knees|thigh|hip|hips|groin|leg|legs|kneecap) ~ ({pain})",
        r"({pain}) (deep |right |just |high )?(in|of|around|behind|at the top of) ({whose} )?"
        r"(knee|knees|thigh|hip|hips|groin|leg|legs|kneecap)",
    ],
    "cannot_bear_weight": [
        r"{cant} ~ (put|take|bear|place|stand|carry) ~ weight",
        r"{cant} (even )?(stand|walk|step|hop) (on|with) (it|{whose})",
        r"{cant} (even )?put ({whose} )?foot (down|on the (ground|floor))",
        r"{cant} (even )?(stand|stand up|walk|get up|take a step|weight bear|weightbear"
        r"|bear weight)(?! ({not_inability})\b)",
        r"{cant} (take|manage|do|walk) ~~ steps?",
        r"(could|can) (barely|hardly|only just) (walk|stand|put weight|bear weight|take a step)",
        r"(could|can) only (hop|crawl|shuffle)|(hopping|had to hop) (around|everywhere|on one)",
        r"non ?weight ?bearing|(too (painful|sore)|hurts too much) to (walk|stand|put weight)",
        r"(had to be|was|got) (carried|stretchered|helped) (off|home|out|to the car)",
        r"stretchered off|no way (i|he|she) can (walk|stand|put)",
        r"(don't|do not) think (i|he|she) (can|could) (walk|stand|put weight)",
        r"(gives|gave|giving) way (as soon as|when(ever)?|every time) (i|he|she) (put|stand|try)",
        r"(haven't|hasn't|not) (walked|stood) (on it )?since",
    ],
    "cannot_straighten": [
        r"{cant} ~ (straighten|extend|unbend)",
        r"{cant} ~ (push|get|make|hold|put|keep) (it|{whose} (leg|knee)) ~ straight",
        r"(won't|will not|doesn't|does not|never|no longer) ~ (straighten|straightens|extend"
        r"|extends|unbend|go straight|goes straight)",
        r"(stuck|locked|jammed|frozen|stays|staying) ~ (bent|bending|flexed|half bent|at an angle)",
        r"(won't|will not|doesn't|does not|never|can't) ~ (go|goes|get|gets) (fully |all the way "
        r"|completely |properly )?straight",
    ],
    "pop_event": [
        r"(heard|felt|hear|feel) (a|an|this|some|something)? ?(loud |big |massive |huge |sharp "
        r"|horrible |sudden )?(pop|popping|snap|snapping|crack|tear|tearing|rip|ripping|clunk"
        r"|bang|crunch|twang|ping)",
        r"(heard|felt) (it|something|{whose} knee|{whose} kneecap) (pop|snap|crack|tear|rip"
        r"|give|go)",
        r"(with|and) a (loud |big |horrible |sudden )?(pop|snap|crack|bang|crunch|clunk)",
        r"something (popped|snapped|tore|went|gave|ripped|went pop)|went pop|gave a pop",
        r"loud (pop|snap)|(popped|snapped) (and|then) (it |my knee )?(gave way|buckled|collapsed)",
        r"(popped|snapped) (and|then) (it |my knee )?swelled",
        r"(a|the|this) (loud |big |massive |huge |sharp |horrible |sudden )?(pop|snap|crack|bang"
        r"|crunch|clunk) (sound|noise)|(was|heard|felt) (a|an|this|some) ~ (pop|snap|crunch|bang"
        r"|crack)",
        r"(kneecap|knee cap|patella) ~ (dislocated|popped out|came out|slipped out|went out)",
    ],
    "pop_any": [r"popped|snapped|went pop|went snap|tore|ripped"],
}

BY_FLAG: dict[str, dict[str, list[str]]] = {
    "deformity_neurovascular": {
        "deformity": [
            r"deformed|misshapen|out of shape|the wrong shape|(a )?(weird|strange|odd) shape",
            r"(wrong|weird|strange|odd|funny|unnatural|bad) angle",
            r"(bent|bends|bending|pointing|facing|gone|going) backwards",
            r"(bent|pointing|facing|twisted|turned|sticking out) (the )?(wrong|other)"
            r" (way|direction)",
            r"out of place|out of (its )?socket",
            r"(is|looks|sitting|stuck|bent|pointing|facing|turned|twisted|hanging) (sideways"
            r"|off to the side)",
            r"(still|stayed|stays|stuck) (sitting |out )?(on|to|at|off) the (side|outside)",
            r"bone (is )?(sticking|poking|protruding|coming|showing) (out|through)|see the bone",
            r"(kneecap|knee cap|patella) ~ (still out|stuck out|won't go back|hasn't gone back)",
            r"(kneecap|knee cap|patella) ~~ ((to|on) the (outside|side)|off to the side|sideways)",
            r"(looks|look|looking) (all |really |very |totally |completely |sort of |kind of )?"
            r"(wrong"
            r"|twisted"
            r"|crooked|bent|misshapen|deformed)",
            r"(wrong|different) (with )?(the )?shape|shape ~ (wrong|changed)",
            r"(knee|hip|leg) (is |has |was )?(clearly |definitely |totally )?(dislocated"
            r"|out of joint)",
        ],
        "odd_look": [  # alarming only after an injury
            r"(looks|look|looking) (all |really |very |a bit )?(weird|odd|strange|funny|wonky)",
            r"(looks|look|looking) not right|bulg(e|es|ing) out|sticking out",
            r"(lump|bump|bone) ~~ (shouldn't|should not) be",
        ],
        "foot_colour": [
            r"(foot|feet|toes|toe|leg|lower leg) ~~ ({pale})",
            r"({pale}) (foot|feet|toes|toe)",
            r"(foot|feet|toes|toe|foots) ~~ (funny|odd|weird|strange|different|dark|purple|black)"
            r" colou?r|(foot|feet|toes|toe|foots) ~ changed colou?r",
            r"no pulse|(can't|cannot|couldn't) (feel|find) (a|the|any) pulse",
            r"(foot|feet|toes|toe) ~ (no|lost (its|all|the)?) colou?r",
            r"pulse (is )?(gone|weak)",
        ],
        "foot_cold": [
            r"(foot|feet|toes|lower leg) ~~ (cold|freezing|icy|ice cold|stone cold|colder)",
            r"(cold|freezing|icy) (foot|feet|toes)",
        ],
        "foot_numb": [
            r"(foot|feet|toes|toe|lower leg|leg below the knee|ankle) ~ ({numb})",
            r"({numb}) ~ (in |of )?({whose} )?(foot|feet|toes|toe|lower leg)",
            r"{cant} (feel|move|wiggle) ({whose} )?(foot|feet|toes|toe|lower leg|ankle)",
        ],
    },
    "extensor_rupture": {
        "cannot_lift_leg": [
            r"{cant} ~ (lift|raise|hold up|hold|kick) ~ (leg|legs|it|knee)",
            r"{cant} (do|manage) (a |any )?straight leg raises?|straight leg raises? ~ impossible",
            r"straight leg raises? (and|but) (i|he|she) (just |simply )?{cant}",
            r"lift ({whose} )?leg (up )?(straight )?~~ (won't|will not|doesn't|does not|can't) (go"
            r"|move|budge|come up|lift)",
            r"heel (won't|will not|doesn't|does not|can't) (leave|come off|lift off|lift) the"
            r" (floor|bed|ground)|foot (just )?stays on the (floor|ground)",
            r"(leg|it|knee) (won't|will not|doesn't|does not) (lift|raise|come up|go up|kick)",
        ],
        "extensor_gap": [
            r"(gap|dent|hollow|dip|divot|dimple) ~ (above|below|over|under) ({whose} )?"
            r"(kneecap|knee cap|patella|knee)",
            r"(gap|dent|hollow|divot) ~~ (top|bottom|edge) of ({whose} |the )?(kneecap|knee cap"
            r"|patella)",
            r"(above|below|over|under) ({whose} )?(kneecap|knee cap|patella|knee) ~~ (gap|dent"
            r"|hollow|dip|divot|dimple)",
            r"(kneecap|knee cap|patella) ~ (moved|shifted|ridden|gone|sitting|riding|slid|sits|sat"
            r"|is|looks) (right |way |all the way |much |a lot )?(up|higher|down)",
        ],
        "tendon_torn": [
            r"({tendon}) ~~ (gone|snapped|torn|tore|ruptured|rupture|ripped|tear|went|gave)",
            r"(ruptured|torn|snapped|tore|ripped) ({whose} )?({tendon}|quad|quads|quadriceps)",
        ],
    },
    "septic_joint": {
        "septic_named": [
            r"septic|joint infection|infection (in|of) ({whose} )?(knee|joint|hip|replacement)",
            r"(knee|joint|hip) (is |looks |feels |has )?(got )?infected|infected (knee|joint|hip)",
        ],
        "injection": [
            r"injection|injections|injected|steroid (shot|jab)|cortisone|aspirated|aspiration",
            r"jab (in|into) ({whose} )?(knee|hip|joint)|drained|hyaluronic|prp",
            r"gel (shot|injection)",
        ],
    },
    "dvt_pe": {
        "calf_signs": [
            r"({calf}) ~~ ({swollen}|{warm}|{red})",
            r"({calf}) ~~ (and|,|, and) (it|it's|it is|it has|it feels|it looks) ~ "
            r"({swollen}|{warm}|{red})",
            r"({swollen}|{warm}|{red}) ~ ({calf})|leg ({swollen}) (below|under) the knee",
            r"one (of )?({whose} )?(leg|legs|calf|calves) ~ (bigger|fatter|thicker|more swollen"
            r"|swollen)",
            r"(leg|legs|calf|calves) ~ (bigger|fatter|thicker|swollen) than the other",
            r"(bigger|fatter|thicker|more swollen|wider) than the other (calf|leg|one)",
        ],
        "calf_pain": [
            r"({calf}) ~~ ({pain}|cramp|cramping|tight|tightness)",
            r"({pain}|cramp|cramping|tightness) (in|of) ({whose} )?({calf})",
        ],
        "clot_named": [r"blood clots?|clots?|dvt|deep vein thrombosis|thrombosis|embolism|embolus"],
        "breathless": [
            r"short(ness)? of breath|breathless|breathlessness|out of breath|winded",
            r"(hard|difficult|struggle|struggling|trouble|difficulty) (to )?breath(e|ing)?",
            r"{cant} (catch|get) {whose} breath",
            r"(struggling|struggles|struggled|fighting|battling|hard|trouble) (to )?(catch|get) "
            r"{whose} breath",
            r"breathing (is )?(hard|difficult|fast|rapid|laboured)",
            r"heart (is |was |keeps )?(racing|pounding)|racing heart|palpitations",
        ],
        "severe_breathing": [
            r"{cant} breathe|gasping|fighting for breath|struggling to breathe",
            r"sudden(ly)? ~ (short of breath|breathless|out of breath)|sudden breathlessness",
        ],
        "chest_pain": [
            r"chest ~ ({pain}|tight|tightness|pressure|crushing|heavy)",
            r"({pain}|tightness|pressure) in ({whose} )?chest|tight chest",
            r"({pain}|hurts) (when|if) (i )?(breathe|breath|breathing) in",
            r"({pain}|hurts) (to|when i|when) (take a (deep |big )?breath|breathe|inhale)",
            r"cough(ing|ed)? (up )?(some |a bit of |a little |bits of |specks of |streaks of )?"
            r"blood",
        ],
        "immobility": [
            r"long (flight|haul|drive|journey|car journey|coach trip)|bedridden",
            r"bed ?rest|bed ?bound|immobili[sz]ed|laid up",
            r"(in|wearing) a (cast|plaster|brace|boot)",
        ],
    },
    "cauda_equina": {
        "saddle_numbness": [
            r"({numb}|{cant} feel|feels? (weird|strange|different)) ~ ({saddle})",
            r"({saddle}) ~ ({numb})",
            r"({saddle}) (and|,|or) ~~ ({numb})",  # "my bum and the backs of my thighs are numb"
            r"saddle (an(a)?esthesia|numbness)|numb when i wipe",
            r"{cant} feel (the )?(toilet )?(paper|tissue)",
            r"{cant} feel (myself|anything|it) when i (wipe|go to the toilet|pee|wee)",
            r"(toilet )?(paper|tissue) (feels|felt) (weird|strange|different|numb|odd)",
            r"({numb}|{cant} feel) ~ insides? of ({whose} )?thighs",
            r"wip(e|ing) ~~ ({cant} (really |properly )?feel|numb|no feeling|feels? (weird|strange"
            r"|different))",
        ],
        "bladder_bowel": [
            r"{cant} (pee|wee|urinate|pass urine|pass water|poo|open ({whose} )?bowels)",
            r"{cant} (have|do|pass) (a )?(pee|wee|poo|piss)",
            r"{cant} (fully |completely |properly )?empty ({whose} )?bladder|urinary retention"
            r"|incontinen(t|ce)",
            r"accident ~ (with )?({whose} )?(bladder|bowels?)",
            r"(haven't|hasn't|have not|has not) (had|done|been for) a (wee|pee)",
            r"(wet|wetting|peed|peeing|pissed|pissing|soiled|soiling|pooed|pooing|messed|messing)"
            r" (myself|himself|herself|the bed|my (bed|pants|trousers))",
            r"(lost|losing|lose|no|loss of) control (of|over) ({whose} )?(bladder|bowels?|pee|wee)",
            r"{cant} control ({whose} )?(bladder|bowels?|pee|wee|peeing)",
            r"(bladder|bowel|bowels) ~ (problem|problems|trouble|issues|accident|accidents"
            r"|not working|stopped)",
            r"(bladder|bowel|bowels) (is |are |has |have )?(isn't|aren't|not|hasn't|haven't|won't"
            r"|doesn't|don't|stopped)( been)? (working|emptying|empty|right|normal|behaving)",
            r"(i|he|she) (keep|keeps|kept|have been|has been|am|is|started) (leaking|dribbling)",
            r"(haven't|have not|not|hasn't) (peed|weed|urinated|passed urine) (since|for|all day)",
            r"(don't|can't|doesn't|do not) (know|feel|tell) (when|if) ~ (pee|peeing|wee|weeing"
            r"|urinating|need to go|needs to go|toilet|bladder|poo|pooing|poop|bowels)",
            r"(peeing|weeing|pooing|wetting|leaking|peed|weed|pooed|wet)"
            r" (myself |himself |herself )?without (knowing|realising|realizing|noticing|feeling)",
            r"leak(ing|ed|s)? (urine|wee|pee)",
            r"(trouble|difficulty|problems?) (peeing|weeing|urinating)",
            r"{cant} (really )?(feel|tell) (myself |when i'm |if i'm )?(peeing|weeing|pooing|going"
            r" to the toilet)",
            r"(pee|wee|urine|poo) (just )?(comes|came|coming|leaks|leaked|dribbles) out",
        ],
        "back_pain": [
            r"(back|lower back|spine|lumbar) ~ ({pain}|killing|bad|playing up|went|gone)",
            r"({pain}) (in|of) ({whose} )?(lower )?back|sciatica|bad back",
            r"slipped disc|disc (bulge|prolapse)",
        ],
        "bilateral_leg": [
            r"both (legs|feet) ~ ({numb}|weak|weakness|heavy|giving way|gave way)",
            r"({numb}|weakness|weak) ~ (in )?both (legs|feet)",
            r"(legs|both knees) (feel|feels|felt|are|have|keep|going|gone|getting|giving) ~ (weak"
            r"|wobbly|like jelly|numb|giving way|gave way)",
            r"(down|into|in) both (legs|knees)",
        ],
    },
    "child_hip": {
        "child": [
            r"({whose}|a) (little |young |teenage |baby )?(son|daughter|boy|girl|kid|child"
            r"|toddler|teen|teenager|youngster|grandson|granddaughter|stepson|stepdaughter"
            r"|little one|youngest|eldest|middle one|baby|lad|lass)",
            r"(son|daughter|kid|child|lad|lass) (is|has|was|aged|age|who|keeps|won't|can't"
            r"|started)",
            r"toddler|toddlers|preschooler|infant|nursery age|primary school|grand ?daughter"
            r"|grandaughter|grandson",
        ],
        "limp": [
            r"limp|limps|limping|limped|hobbling|hobbles|hobbled",
            r"(walking|walks) (funny|strangely|oddly|weird|weirdly|differently|with a limp|like a)",
            r"(walking|walks) with ({whose}|that|a|the|one) (foot|leg) (turned|pointing) (out|in)",
            r"favou?ring (his|her|their|my|one|the other|that) leg|dragging (his|her|their|my) leg",
            r"(won't|refuses to|refusing to|doesn't want to|stopped)"
            r" (walk|walking|stand|put (any |much |his |her |their )?weight)",
        ],
    },
    "injury_cannot_bear_weight": {
        "rapid_swelling": [
            r"({swollen}|came up|blew up) ~ (straight away|immediately|right away|instantly"
            r"|at once|in no time|really (fast|quickly)|like a balloon|massively|twice the size"
            r"|like (a|an) (grapefruit|orange|melon|balloon|football|tennis ball|golf ball|egg)"
            r"|(straight|right|immediately|just|soon|minutes) after)",
            r"({swollen}|came up|blew up) ~ (within|in) (about |around |roughly |less than |under "
            r"|only |just )?(a |an |half an |a few |a couple of |\d+ |ten |twenty |thirty )?"
            r"(minutes?|mins?|hours?|hrs?)",
            r"(huge|massive|rapid|immediate|instant|sudden|loads of|a lot of) swelling",
            r"(instantly|immediately) (massively |hugely |really |very |so )?({swollen})",
            r"swelled up (like|to)",
            r"({swollen}|twice the size|double the size) ~~ (in|within|over) the (last|past) (few "
            r"|couple of |\d+ |two |three )?(hours?|hrs?)",
            r"({swollen}|twice the size|double the size) ~~ (only|just) been (about |around )?"
            r"(a |an "
            r"|a few |a couple of |\d+ |two |three )?(hours?|hrs?)",
        ],
        # Much swelling, said without when: alarming only beside an injury (rules.py).
        "big_swelling": [
            r"(massively|hugely|enormously) ({swollen})|(double|twice) the size of the other",
        ],
        "fracture_named": [r"broken|broke|fracture|fractured|cracked (a |the |my )?bone|break in"],
        # Alarming after an injury or in a child; ordinary knee pain says it too.
        "painful_weight_bearing": [
            r"({pain}|too painful|too sore) (to|when (i|he|she)|if (i|he|she)) (put|take|bear"
            r"|place) (any |much |full |the )?(weight|pressure)",
            r"(stand|put weight|walk|step|lean) on (it|{whose} (leg|knee|foot)) ~~ ({pain}|stabbing"
            r"|screaming|agony)",
            r"{cant} (get|make it|walk) (to|around|across|up) ~ without (clinging|holding|hanging"
            r"|hopping|leaning|help)",
        ],
    },
    "locked_knee": {
        "locked": [
            r"({site}|its) ~ (locked|locks|locking|jammed|jams|stuck|seized)",
            r"(something|somethings|something's|something is) (is )?(caught|stuck|jammed|trapped)"
            r" (in|inside)",
            r"locked (up|in place|solid|bent|knee)|lock(s|ed)? up|locking (episodes?|up)",
        ],
    },
    "elderly_fall_hip": {
        "older": [
            r"({whose} )?(elderly|old|older|aged|frail|ageing|aging) (mother|mum|mom|father|dad"
            r"|parent|parents|relative|neighbour|neighbor|aunt|uncle|man|woman|lady|gentleman"
            r"|patient)",
            r"gran|granny|grandma|grandmother|nan|nana|nanna|grandad|granddad|grandpa"
            r"|grandfather|grandparent|pensioner|oap|retired|retiree|care home|nursing home",
        ],
    },
    "post_replacement": {
        "replacement": [
            r"(hip|knee) replacement|replaced ({whose} )?(hip|knee)",
            r"(hip|knee) (was|were|got|been) replaced",
            r"(had|having|got|getting) ({whose} )?(hips?|knees?) (replaced|done)",
            r"new (hip|knee)(?! (brace|support|sleeve|strap|pain|injury|problem))",
            r"(hip|knee) (fitted|put in)",
            r"(total|partial) (hip|knee)|tkr|thr|tka|tha|arthroplasty|resurfacing",
            r"prosthe(sis|tic) (hip|knee|joint)|uni(compartmental)? knee",
        ],
        "surgery": [
            r"surgery|operation|operated on|op|ops|keyhole|arthroscopy|scope|scoped",
            r"post ?op|postop|stitches|staples|incision",
            r"(acl|ligament|tendon) (reconstruction|repair)|meniscus repair",
        ],
        "wound_problem": [
            r"(wound|scar|incision|cut|stitches|stitch line|stitch|sutures?|staples|dressing) ~ "
            r"(red"
            r"|redness|hot|oozing"
            r"|weeping|leaking|discharge|pus|smells?|smelly|opened|open|gaping|bleeding|yellow"
            r"|green|infected)",
            r"(oozing|weeping|leaking|pus|discharge|fluid coming) ~ (wound|scar|incision|stitches)",
            r"(wound|scar|incision|cut|stitches|staples|dressing) ~~ (pink|pinker|pinkish|redder"
            r"|weepy|weeping|weepin|crusty|sticky|moisture|wet|mark|angry|hot)",
            r"(moisture|fluid|liquid|stuff|gunk|goo) (coming|leaking|seeping|oozing) (out|from)"
            r"|seeping|yellow(y|ish)? (mark|stain|stuff|fluid|crust)",
            r"pus|discharge",
        ],
        "leg_shortened_turned": [
            r"(leg|foot) ~~ (shorter|shortened|turned (out|in|outwards|inwards)|rotated"
            r"|pointing (out|outwards|sideways|the wrong way)|twisted out)",
            r"(hip|ball) ~ (popped|came|slipped|gone|jumped) out",
            r"it (popped|slipped|dislocated) out|dislocated ({whose} )?hip|hip (has )?dislocated",
            r"(felt|heard) it (pop|slip|come|go) out|twisted (in|inwards|out|outwards)",
        ],
    },
    "progressive_neuro": {
        "numbness_spreading": [
            r"({numb}) ~~ (spreading|spread|getting worse|worse and worse|creeping|getting bigger"
            r"|more and more|(moving|travell?ing) (up|down))",
            r"({numb}) ~~ (now|has gone|gone|moved) (up|down) (to|into)",
            r"({numb}) ~~ (gone|grown|spread) from ~~ to (half|most|all|the whole)",
            r"(spreading|increasing|worsening|more and more|getting more) ({numb})",
            r"losing (the )?feeling",
        ],
        "foot_drop": [
            r"foot drop|drop foot",
            r"(foot|toes) ~ (drags|dragging|slaps|slapping|flops|flopping|floppy|catches|catching)",
            r"{cant} (lift|raise|pull|point|bend|flex) ({whose} )?(front of ({whose} )?)?"
            r"(foot|toes|ankle)",
            r"(tripping|trips) over ({whose} )?(foot|toes|own feet)|(keep|keeps|kept) tripping",
            r"catching ({whose} )?toes?|{cant} (walk|stand) on ({whose} )?heels?",
        ],
        "leg_weakness": [
            r"(leg|foot|ankle|legs) ~ (getting weaker|going weak|gone weak|losing strength"
            r"|lost (its|all) strength|no strength|floppy|paralysed|paralyzed)",
            r"(sudden|new|increasing|progressive|worsening|spreading) weakness",
            r"weaker (every|each|by the) (day|week)|weaker and weaker|(getting|feels|feeling)"
            r" weaker",
            r"weakness ~ (spreading|worse|increasing)",
            r"(losing|lost|lose|loss of) (the |all |any )?(strength|power) (in|of) ({whose} )?"
            r"(leg|legs|foot|ankle)",
        ],
        "numbness": [r"{numb}"],
        # Spreading of what else the message says: numbness, tingling, weakness.
        "spreading": [
            r"(spread|spreading|spreads|creeping|crept|moving|moved|travelling|traveling|gone)"
            r"( (up|down|over|into|onto|across|along|to)){1,2} ({whose} |the )?"
            r"((top|back|side|outside|inside"
            r"|front) of ({whose} |the )?)?"
            r"(thigh|shin|leg|legs|foot|feet|toes|calf|knee|ankle|groin|buttock|bum|other leg)",
        ],
        "weak_leg": [
            r"(leg|legs|foot|ankle) ~ (weak|weakness)",
            r"weakness in ({whose} )?(leg|legs|foot)",
        ],
    },
    "night_pain_systemic": {
        "night_pain": [
            r"(at|during the|in the|every|most) night|nights|nighttime|night time|overnight",
            r"wakes? me( up)?|woken (up )?by|keeps me (up|awake)|{cant} sleep",
            r"at rest|when resting|while resting|day and night|constant",
            r"even (when|while) (i'm |i am )?(resting|lying|sitting)",
        ],
        "weight_loss": [
            r"(lost|losing|dropped|dropping|lose) ~ (weight|kg|kilos|pounds|lbs|stone)",
            r"(lost|losing|dropped|dropping) ~ \d+ ?(kg|kgs|lbs)",
            r"weight ~ (dropping|falling) off|(clothes|jeans|trousers|trousers|belt) (are |is )?"
            r"(hanging|falling) off",
            r"(gone|went) (right )?off (my|his|her|their) food|(no|lost (my|his|her)) appetite",
        ],
        "unexplained_weight_loss": [
            r"(lost|losing|dropped) ~ (weight|kg|kilos|pounds|lbs|stone) ~ (without (trying"
            r"|dieting)|for no reason|not trying|and (i )?(don't|do not) know why|no idea why)",
            r"(unexplained|unintentional|unintended|unexpected) weight loss",
            r"(losing|lost|dropping|dropped) (weight|kilos|pounds) ,? but (i'm |i am |i've )?not"
            r" (been )?(dieting|trying)",
        ],
        "cancer_history": [
            r"cancer|tumou?r|chemo|chemotherapy|radiotherapy|oncology|oncologist|leuka?emia",
            r"lymphoma|myeloma|sarcoma|metasta\w*|malignan\w*|carcinoma|melanoma",
        ],
        "lump": [r"lump|lumps|lumpy|mass|growth|nodule|swelling on the (\w+ )?bone|bony swelling"],
    },
    "instability_recurrent": {
        "giving_way_recurrent": [
            r"(gives|giving|keeps giving|keep giving) (way|out)",
            r"(keeps|keep) ~ (give|giving) (way|out)",
            r"(give|gives|gave|giving|go|goes) (way|out) ~ (sometimes|often|occasionally"
            r"|regularly|a lot|now and (then|again)|from time to time|every so often)",
            r"(sometimes|often|occasionally|regularly) ~ (gives|goes|gave) (way|out)",
            r"(feels|feel|feeling) like (it's|it is|it will|it'll|its|it was) (going to|gonna"
            r"|about to) (give|collapse|buckle|go)",
            r"(keeps|keep|kept) ~ (popping|slipping|coming|going|dislocating) out"
            r"|(pops|slips|comes|dislocates) out ~ (again|often|every|all the time|regularly)",
            r"buckles|buckling|keeps buckling|collapses|keeps collapsing",
            r"(it'll|it will|it would|it'd) (suddenly |just |randomly )(go|give way|give out|buckle"
            r"|collapse)",
            r"(keeps|keep|kept) ~~ (collapse|collapsing|buckle|buckling|give way|giving way|giving"
            r" out)",
            r"(goes|going|gone|went|keeps going) (out )?from under(neath)? (me|him|her)",
            r"((gave|given|gone) (way|out)|buckled|collapsed) ~ (again|several|a few|many"
            r"|multiple|twice|three|four|\d+|more than once|repeatedly|a couple|a number of"
            r"|lots of|so many|often|loads|plenty of|countless|numerous|a lot|all the time"
            r"|constantly|frequently)",
            r"(several|few|many|multiple|couple of|number of|\d+) times ~ ((gave|given) way"
            r"|buckled|collapsed)",
        ],
        "recurrent_swelling": [
            r"(keeps|keep|kept) ~ (swelling|puffing up|filling (up )?with fluid|getting swollen)",
            r"({swollen}) ~ (again|every time|each time|after every|after each|on and off"
            r"|comes back|keeps coming back|repeatedly|all the time|often)",
            r"({swollen}) ~ every (day|week|run|game|match)",
            r"swelling (keeps )?(coming|comes) back|fluid keeps (coming back|building up)",
            r"(knee|it|knees) swells (up )?(after|when|with|if)",
        ],
    },
    "not_improving": {
        "worsening": [
            r"(getting|gotten|got|become|becoming|grown|growing) (steadily|progressively"
            r"|gradually|slowly|increasingly|noticeably|much|a lot|even) worse",
            r"worse and worse|worse (every|each) (day|week|month)",
            r"(steadily|progressively|gradually|increasingly) (worse|more painful|more sore|sorer)",
            r"(keeps|keep) (getting|going) worse",
            r"(is|it's|pain's|been) getting worse|deteriorating|steadily worsening|worsening",
            r"(its|it's|it is|pain's|pain is|knee's|knee is|been|and) "
            r"(actually|just|only|still|even"
            r"|now|really) (getting|got|gotten) worse",
            r"(got|gotten|getting|become|grown) worse (over|during|in|across) (the )?(past|last"
            r"|few|couple|recent)",
            r"worse (now )?than (when|before|it was|at the start|last|a (week|month|year)|\d"
            r"|the (day|week|month) before)",
            r"(steadily|gradually|progressively|slowly) (getting|got|gotten|becoming) worse"
            r"|worse (month on month|week on week|week by week|month by month)",
        ],
        "no_improvement": [
            r"no better|not (any )?better|not (getting|got|gotten) (any )?better",
            r"not improv(ing|ed)|no (improvement|change|difference|progress|relief)",
            r"(hasn't|haven't|has not|have not|isn't|is not|aren't|are not|not|didn't|doesn't"
            r"|won't) (really |much |at all |even )?(been )?(getting |got |gotten )?(any )?"
            r"(better|improving|improved|improve|easing|eased|settling|settled)",
            r"not (made )?any (progress|difference)",
            r"(zero|nil|little|hardly any|barely any|not much|no real|no noticeable)"
            r" (improvement|change|difference|progress|relief)",
            r"still (hurts|hurting|aches|aching|painful|sore)"
            r" (the same|as much|just as (much|bad))",
            r"(not|isn't|aren't|haven't|hasn't|didn't|don't|doesn't) (helped|helping|help"
            r"|working|worked)",
            r"nothing (helps|works|seems to help|changed|('s|has) (helped|worked|changed|improved))"
            r"|(hasn't|haven't|has not|have not) changed",
            r"(no|not any) (different|easier)",
            r"worse( ,)? if anything"
            r"|if anything (it's |its |it is )?(a bit |slightly |even )?worse",
            r"exactly where (i|we) started|back (to|at) square one|(still|just|exactly) (the same"
            r"|as bad|as painful|as sore|no better)"
            r"|as bad as (ever|before)",
        ],
    },
}

# Things that happened: later words do not undo them ("it swelled up at once, then went
# down" still tells of a swelling within hours of an injury).
EVENTS = frozenset({
    "injury", "fall", "pop_event", "pop_any", "rapid_swelling", "big_swelling",
    "fracture_named", "surgery", "replacement", "injection", "giving_way_recurrent",
    "recurrent_swelling", "worsening", "no_improvement",
})

_PLANNED = (
    r"waiting (for|list)|booked (for|in)|going to have|due to have|considering|might need"
    r"|need(s)?|thinking (about|of)|talk of|suggested|recommended|avoid"
)
_HEAT_TREATMENT = (
    r"({warm}) (bath|baths|shower|showers|water|pack|packs|compress|pad|pads|water bottle|rub"
    r"|weather|day|days|room|tub|yoga)|heat (pack|pad|rub|therapy)"
)
_LONG_AGO = (
    r"(years|months|decades) ago|last (year|winter|summer|spring|autumn|christmas)"
    r"|as a (child|kid|teenager|teen)|(years|decades) back|back in (uni|school|college|the day)"
    r"|when (i|he|she) was (a |little|young|at (school|uni|college)|\d+|in (school|uni|college))"
    r"|back in (19|20)\d\d"
)
# Long past: a fever last winter, a leg broken as a child. A date reaches the events of its
# statement, up to a word of the present ("now"); for a fever, a break or a torn tendon,
# of its sentence ("a fall two years ago, broke her wrist").
DATED_LONG_AGO: dict[str, list[str]] = {
    name: [_LONG_AGO]
    for name in (
        "fever", "tendon_torn", "fracture_named", "septic_named", "locked", "cannot_straighten",
        "calf_signs", "clot_named", "injury", "fall", "pop_event", "pop_any", "rapid_swelling",
        "big_swelling", "deformity",
    )
}
# An operation only planned or talked of: the cue comes before it ("waiting for a knee
# replacement", "might need surgery"); "I had surgery and need advice" is no plan.
DATED_SENTENCE = frozenset({"fever", "tendon_torn", "fracture_named"})
PLANNED: dict[str, list[str]] = {
    "surgery": [_PLANNED],
    "replacement": [_PLANNED],
    # A journey still to come is no time spent immobile yet.
    "immobility": [_PLANNED, r"(i've|i have|we've|we have) got|booked|next (week|month)"],
}
PRESENT = frozenset({"now", "today", "tonight", "currently", "yesterday", "recently", "lately"})
HARMLESS: dict[str, list[str]] = {
    "injury": [r"fell (asleep|pregnant|in love|apart|behind)|(last|this|next|in the) fall"],
    "fall": [r"fell (asleep|pregnant|in love|apart|behind)|(last|this|next|in the) fall"],
    "joint_hot": [_HEAT_TREATMENT, r"warm(ing|ed)? up|hot flush(es)?"],
    "joint_red": [r"(red|pink) (band|theraband|resistance band|tube|loop|tape|light)"],
    "calf_signs": [
        _HEAT_TREATMENT,
        r"muscle|muscles|muscly|toned|from (cycling|running|training|the gym|squats)",
    ],
    # Both calves alike, after standing or sport: ordinary tightness, not one swollen calf.
    "calf_pain": [
        r"both (calves|legs)|both the same|from (the )?(standing|running|training|the gym|walking"
        r"|jumping|cycling|squats|exercise|workout)",
    ],
    "foot_colour": [
        r"(in|when it's|from|with) (the )?(cold|winter)|raynaud|bruis(e|ed|es|ing)",
        r"(blue|white|grey|gray) (band|theraband|socks?|shoes?|trainers|tape|nail)",
    ],
    "foot_cold": [
        r"always (cold|freezing)|(in|when it's|from|with) (the )?(cold|winter)",
        r"(getting|got|get|have|having|had) cold feet",  # doubts, not a cold foot
    ],
    "fracture_named": [
        r"when i was (a |little|young)|old (break|fracture)",
        r"(broke|broken|fractured?) (his |her |their |my |a )?(wrist|arm|finger|fingers|nose"
        r"|collarbone|ribs?|hand|thumb|phone|heart|record)",
    ],
    "fever": [
        r"fever pitch|(cabin|spring|football|world cup|saturday night|gold|dance|hay) fever",
    ],
    "child": [
        r"(when|since) (i|he|she) was (a |little|young)",
        r"as a (kid|child|teenager|teen|boy|girl)",
        r"(had|having|since having|after having|gave birth to) (the|a|my|our) baby",
    ],
    "cannot_straighten": [  # morning stiffness that eases; other things put straight
        r"straighten (out )?(my|the|his|her|our) (finances|life|hair|affairs|things|room|desk)",
        r"(until|till|once|after|then) ~ (loosens|loosen|warms|warmed|get going|gets going"
        r"|moving|move around|walk around|a few minutes|a while)",
        r"for a (few|couple of)? ?(minutes|seconds)",
    ],
    "locked": [
        r"lock(ing)? ({whose}|both) (knee|knees|legs?)|lock(s|ed|ing)? (out|straight)"
        r"|hyperextend\w*",
        r"(then|but then|and then)? ~ (unlocks|unlocked|frees|freed|free up|clicks back"
        r"|pops back|goes back|comes loose|releases|released)",
        r"for a (second|moment|split second|few seconds)|momentarily",
        r"(wiggle|jiggle|shake|move) it ~ (free|loose)",
        r"stuck (at home|indoors|in (the|a) (chair|car|job|rut))",
    ],
    "deformity": [
        r"fake|costume|halloween|zombie|make ?up|prop|cartoon|film|movie|logo",
        r"arthritis|arthritic|for years|always (been|had|looked)|since (birth|i was)",
        r"bow ?legged|knock ?kneed|born with",
    ],
    "bladder_bowel": [
        r"sneeze|sneezing|cough|coughing|laugh|laughing|jump|jumping|trampoline|skipping",
        r"(since|after) (having (a |the |my |twins|kids|children)?(baby|babies|kids|children|twins)"
        r"|giving birth|childbirth|the baby|my (baby|kids|children|pregnancy))|for years"
        r"|always had|prostate|pelvic floor",
    ],
    "saddle_numbness": [r"cycling|bike|bicycle|riding|ride|spin class|saddle sore"],
    "weight_loss": [
        r"diet|dieting|on purpose|trying to|slimming|weight watchers|calorie|gym|intentional",
        r"deliberately|need to|want to|should|have to|plan to|advised to|told to|would help|helps",
    ],
    "lump": [r"muscle mass|body mass|bone mass|growth (plate|plates|spurt|spurts)|growing pains"],
    "cancer_history": [
        r"(mum|mom|dad|father|mother|sister|brother|aunt|uncle|family|friend|grandma|grandad"
        r"|wife|husband|partner|cousin) ~ (had|has|died|with)|family history",
    ],
    "clot_named": [
        r"(years|months) ago|in the past|history of|previous|used to|clotting|clot risk",
        r"(friend|mate|mum|mom|dad|sister|brother|aunt|uncle|colleague|neighbour|neighbor)"
        r" ~ (got|had|has|with)",
    ],
    "no_improvement": [
        r"(look|looks|feel|feels|looking|feeling) (and (look|feel)s? )?(exactly |just |about )?the"
        r" same|same as (the other|each other)",
    ],
    "night_pain": [
        r"(on|lying on|sleep on) (that|{whose}|the) (side|hip)",
        r"constant(ly)? (clicking|cracking)",
    ],
}


def concepts() -> dict[str, list[str]]:
    """Every concept's phrasings in one mapping (concept names are unique across groups)."""
    merged: dict[str, list[str]] = dict(SHARED)
    for group in BY_FLAG.values():
        for name, phrasings in group.items():
            assert name not in merged, f"concept {name!r} is defined twice"
            merged[name] = phrasings
    return merged
