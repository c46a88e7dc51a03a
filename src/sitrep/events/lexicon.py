"""The event coder's lexicon: the words that report an act, a means, a victim or a count.

Each act is a class of trigger lemmas; the coder turns an act into an ACLED sub-event type using
the sentence around it (the means named, who did it to whom). Lemmas are spaCy's (lower case).
Kept as data, apart from the coder's logic, so the lexicon can be measured and extended.
"""

from __future__ import annotations

#: Verbs that report taking a place only with "control of" it as their object ("declared
#: control of Ramadi", "gained control of the town").
CONTROL_VERBS = frozenset({"claim", "declare", "announce", "gain", "assume", "establish", "wrest",
                           "impose"})
#: Verb lemmas that report an act, by act.
VERB_ACTS: dict[str, frozenset[str]] = {
    "kill": frozenset({"kill", "execute", "murder", "slay", "behead", "assassinate", "massacre",
                       "slaughter", "shoot", "gun", "stone"}),
    "strike": frozenset({"strike", "bomb", "target", "pound", "hit", "airstrike", "destroy",
                         "engage"}),
    "shell": frozenset({"shell", "bombard"}),
    "explode": frozenset({"explode", "detonate", "blow", "rock", "shake"}),
    "attack": frozenset({"attack", "assault", "raid", "ambush", "storm", "open"}),
    "clash": frozenset({"clash", "fight", "battle", "receive", "exchange", "come", "repel",
                        "repulse", "counterattack"}),
    "retake": frozenset({"retake", "recapture", "liberate", "regain", "reclaim", "free", "clear",
                         "drive", "oust", "expel", "push"}),
    "seize": frozenset({"seize", "capture", "overrun", "occupy", "take", "control", "fall"})
    | CONTROL_VERBS,
    "arrest": frozenset({"arrest", "detain", "apprehend"}),
    "abduct": frozenset({"kidnap", "abduct", "take"}),
    "rape": frozenset({"rape"}),
    "protest": frozenset({"protest", "demonstrate", "rally", "march"}),
    "riot": frozenset({"riot", "loot", "torch", "vandalize", "vandalise"}),
    "withdraw": frozenset({"withdraw"}),
    "enter": frozenset({"enter"}),
    "disrupt": frozenset({"defuse", "dismantle", "find", "discover", "uncover", "seize",
                          "destroy"}),
}
#: Noun lemmas that report an act, by act.
NOUN_ACTS: dict[str, frozenset[str]] = {
    "strike": frozenset({"airstrike", "strike", "air-strike", "bombing", "bombardment", "raid"}),
    "shell": frozenset({"shelling", "barrage"}),
    "explode": frozenset({"explosion", "blast", "bombing"}),
    "attack": frozenset({"attack", "assault", "ambush", "offensive", "onslaught"}),
    "clash": frozenset({"clash", "fighting", "battle", "firefight", "gunfight", "skirmish",
                        "gunfire", "firing", "counterattack", "counter-attack",
                        "counteroffensive", "counter-offensive"}),
    "kill": frozenset({"assassination", "massacre", "execution", "killing", "murder"}),
    "retake": frozenset({"liberation", "recapture"}),
    "arrest": frozenset({"arrest"}),
    "abduct": frozenset({"kidnapping", "abduction"}),
    "protest": frozenset({"protest", "demonstration", "rally", "sit-in"}),
    "riot": frozenset({"riot"}),
    "agree": frozenset({"ceasefire", "cease-fire", "truce", "agreement", "deal", "accord",
                        "pact"}),
}

#: Words naming the means of an attack, by sub-event type (lower-case token text or lemma).
MEANS: dict[str, frozenset[str]] = {
    "Suicide bomb": frozenset({"suicide", "self-detonation"}),
    "Chemical weapon": frozenset({"chemical", "chlorine", "sarin", "mustard", "toxic"}),
    "Air/drone strike": frozenset({"airstrike", "air-strike", "aircraft", "warplane", "jet",
                                   "drone", "helicopter", "bomber", "air", "aerial", "uav",
                                   "plane", "f-16", "f-16s", "sortie", "barrel", "aviation",
                                   # aircraft by type ("The Typhoons bombed two positions")
                                   "typhoon", "typhoons", "tornado", "tornados", "tornadoes",
                                   "rafale", "rafales", "f-15", "f-15s", "f-15e", "f-15es",
                                   "f-18", "f-18s", "f/a-18", "f-22", "f-35", "a-10", "a-10s",
                                   "b-1", "b-1b", "b-52", "b-52s", "su-24", "su-25", "su-34",
                                   "reaper", "reapers", "predator", "predators", "mq-9", "mq-1",
                                   "apache", "apaches", "harrier", "harriers", "mig"}),
    "Grenade": frozenset({"grenade"}),
    "Remote explosive/landmine/IED": frozenset({"ied", "ieds", "vbied", "roadside", "landmine",
                                                "mine", "booby", "car-bomb", "explosive",
                                                "bomb", "explosion", "blast", "explode",
                                                "detonate"}),
    "Shelling/artillery/missile attack": frozenset({"shelling", "shell", "mortar", "rocket",
                                                    "artillery", "missile", "katyusha",
                                                    "howitzer", "barrage"}),
}
#: Order in which means decide the sub-event type when a sentence names several.
MEANS_ORDER = ("Suicide bomb", "Chemical weapon", "Air/drone strike", "Grenade",
               "Shelling/artillery/missile attack", "Remote explosive/landmine/IED")

#: What a disrupted-weapons act must act on to count ("found a weapons cache").
WEAPON_OBJECTS = frozenset({"cache", "ied", "ieds", "explosive", "explosives", "device",
                            "devices", "weapon", "weapons", "ammunition", "mine", "mines",
                            "landmine", "landmines", "tunnel", "tunnels", "rocket", "rockets",
                            "vbied", "vbieds", "depot", "factory", "arsenal", "launcher"})
#: Goods that an act of seizing takes ("seized the tanks", "captured weapons and vehicles"): no
#: territory changes hands.
GOODS = frozenset({"tank", "vehicle", "truck", "car", "equipment", "hardware", "weapon", "arm",
                   "ammunition", "munition", "missile", "rocket", "gun", "rifle", "artillery",
                   "money", "cash", "fund", "oil", "fuel", "grain", "wheat", "food", "aid",
                   "supply", "property", "asset", "livestock", "cattle", "sheep", "artefact",
                   "artifact", "antiquity", "document", "shipment", "cargo", "drug"}) \
    | WEAPON_OBJECTS
#: Goods among them that are arms.
WEAPON_GOODS = frozenset({"tank", "weapon", "arm", "ammunition", "munition", "missile", "rocket",
                          "gun", "rifle", "artillery"}) | WEAPON_OBJECTS
#: What an act of seizing must act on to be about territory rather than people or things.
TERRITORY = frozenset({"town", "city", "village", "district", "area", "region", "province",
                       "territory", "land", "border", "crossing", "neighborhood", "neighbourhood",
                       "base", "airport", "dam", "bridge", "hill", "road", "highway", "field",
                       "oilfield", "refinery", "camp", "center", "centre", "stronghold",
                       "outskirts", "part", "parts", "half", "control", "ground", "position",
                       "positions", "headquarters", "hq", "compound", "complex", "airbase",
                       "airfield",
                       "barracks", "garrison", "outpost", "checkpoint", "mountain", "ridge",
                       "valley", "island", "suburb", "front"})

#: Head nouns of victims who are civilians, when no actor names them.
CIVILIAN_NOUNS = frozenset({"civilian", "people", "person", "resident", "villager", "tribesman",
                            "tribesmen", "worshipper", "worshiper", "pilgrim", "child", "children",
                            "woman", "women", "man", "men", "family", "shopper", "worker",
                            "student", "journalist", "teacher", "doctor", "farmer", "shepherd",
                            "passenger", "driver", "mourner", "bystander", "refugee",
                            "individual", "aid", "volunteer", "official", "member", "relative"})
#: Head nouns of victims who are armed.
ARMED_NOUNS = frozenset({"soldier", "troop", "fighter", "militant", "insurgent", "jihadist",
                         "policeman", "policemen", "officer", "guard", "militiaman", "militiamen",
                         "gunman", "gunmen", "commander", "leader", "recruit", "personnel",
                         "member", "sniper", "terrorist", "rebel", "combatant"})

#: Causes that make a death or a destruction something other than political violence.
NOT_POLITICAL = frozenset({"earthquake", "flood", "flooding", "storm", "sandstorm", "accident",
                           "crash", "disease", "cholera", "epidemic", "heat", "heatwave",
                           "drowning", "collapse", "landslide", "avalanche", "fire", "blaze",
                           "overdose", "robbery", "robber", "thief", "smuggler", "gang",
                           "traffic", "lightning", "virus", "covid", "coronavirus", "outbreak",
                           "plague"})

#: Verbs that, governing an act, make it something that did not (yet) happen.
HEDGES = frozenset({"plan", "threaten", "warn", "fear", "hope", "aim", "seek", "want", "intend",
                    "prepare", "try", "attempt", "vow", "pledge", "promise", "urge", "demand",
                    "prevent", "stop", "avoid", "refuse", "fail", "deny", "need", "must",
                    "could", "should", "would", "might", "may", "will", "can", "continue",
                    "help", "allow", "enable", "order", "call", "ask", "wish", "expect",
                    "propose", "consider", "decide", "agree", "reduce", "eliminate", "degrade",
                    "defeat", "dismantle", "disrupt", "counter", "combat", "support", "train",
                    "designate", "commit", "committed", "determined", "ready", "poised"})
#: Verbs of trying that in the past tense say the act they govern happened.
ATTEMPTS = frozenset({"attempt", "try"})

# Verbs of an act's purpose that harm their object: "struck ... to knock out IS cells".
HARMS = frozenset({"knock", "destroy", "eliminate", "degrade", "disrupt", "dislodge",
                   "neutralize", "neutralise", "target", "hit", "weaken", "defeat", "kill",
                   "dismantle", "flush", "rout", "repel", "halt", "deny"})
#: Verbs of holding off an attack, whose subject is the side attacked: "Iraqi forces foil an
#: IS attack"; and those that say it with "off" or "back": "hold off", "beat back".
FENDING = frozenset({"foil", "thwart", "repel", "repulse", "avert"})
FENDING_WITH_PARTICLE = frozenset({"fend", "hold", "beat", "fight", "push", "drive"})
#: What "received", "exchanged", "came under" and "opened" must be about to report a fight.
FIRE = frozenset({"fire", "gunfire", "barrage", "shelling"})
#: Verbs of reaction in statements: the act they govern is recent news ("condemns the attack in
#: al-Hilla", "welcomes the liberation of Tikrit"), dated to the days before publication.
REACTIONS = frozenset({"welcome", "condemn", "congratulate", "mourn", "praise", "applaud",
                       "denounce", "deplore", "commend", "salute", "hail", "respond", "comment",
                       "condole", "regret", "celebrate"})
#: Verbs that, governing an act in the infinitive, say it happened ("were able to arrest").
SUCCESS = frozenset({"able", "manage", "succeed"})
#: Modal auxiliaries.
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must", "shall",
                    "ca", "wo"})
#: Modifiers of an act noun that make it not an actual event.
NOT_ACTUAL = frozenset({"possible", "potential", "future", "planned", "further", "any", "no",
                        "more", "threatened", "alleged", "feared", "imminent",
                        "upcoming", "next", "continued", "ongoing", "counter", "anti",
                        "other"})

#: Verbs of moving people or things: a place under them is where they went, not the event's.
MOTION = frozenset({"take", "bring", "transport", "flee", "send", "evacuate", "move", "transfer",
                    "displace", "travel", "return", "rush", "carry", "escape", "cross", "head",
                    "go", "come", "deploy", "airlift", "fly", "drive"})
#: Prepositions that place an event.
LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "inside", "on", "across",
                      "within", "of", "throughout", "north", "south", "east", "west",
                      "northeast", "northwest", "southeast", "southwest", "along", "over",
                      "between", "off", "by"})
#: Prepositions of direction: a place under them is a destination.
DIRECTIONAL = frozenset({"to", "into", "toward", "towards", "from"})

#: Fatality words and their conservative counts (ACLED rules: "dozens" 12, "tens" 10).
COUNT_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
               "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
               "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
               "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "hundred": 100, "dozen": 12, "dozens": 12, "tens": 10, "scores": 20,
               "hundreds": 100, "thousands": 1000, "several": 3, "many": 3, "numerous": 3,
               "multiple": 3, "some": 3, "few": 3}
#: Words for the dead, and for the dead and wounded together (a count of which gives no deaths).
DEATH_NOUNS = frozenset({"dead", "death", "deaths", "fatality", "fatalities", "body", "bodies",
                         "toll", "killed"})
MIXED_NOUNS = frozenset({"casualty", "casualties", "wounded", "injured"})
