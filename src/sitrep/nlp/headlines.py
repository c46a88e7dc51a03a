"""The ``sitrep_headlines`` spaCy component: verbs of violence in headlines read as verbs.

Headlines drop the words that tell a small statistical tagger a verb is a verb, and it reads
"Islamic State kidnaps 40 men", "police battle militants" and "Iraqi forces pound Tikrit
jihadists" as strings of nouns, so no act is found. After the tagger and before the parser, this
component looks at each line without closing punctuation (a headline or title) that has no verb
of violence tagged as a verb. A word there that is one ("kidnaps", "battle", "pound") standing
between a subject-like word and an object-like one gets the norm of an unambiguous verb of the
same form ("kills" or "kill"), and the statistical components before this one run again, so the
tagger and then the parser read it as the verb. Norms are restored after; the text is unchanged.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.nlp.lines import is_headline, lines_of

VERSION = "headlines.v2"
#: Verb lemmas of violence that headlines use as verbs, whose noun readings are rare next to a
#: subject and an object ("bomb", "strike", "attack" and "protest" are left out: "car bomb
#: attack", "air strike Mosul").
HEADLINE_VERBS = frozenset({
    "kill", "execute", "murder", "slay", "behead", "assassinate", "massacre", "slaughter",
    "pound", "bombard", "shell", "storm", "ambush", "assault", "battle", "fight", "clash",
    "repel", "repulse", "retake", "recapture", "liberate", "regain", "seize", "capture",
    "overrun", "kidnap", "abduct", "arrest", "detain", "stone", "rock"})
#: Verbs of violence whose presence, tagged as a verb, makes a headline read already.
_VIOLENT_VERBS = HEADLINE_VERBS | {"strike", "bomb", "attack", "hit", "shoot", "target", "raid",
                                   "explode", "detonate", "blow", "protest", "riot", "loot",
                                   "torch"}
#: Tags of the word before a headline verb: its subject ("militants", "IS", "police").
_SUBJECT_TAGS = frozenset({"NNS", "NNP", "NNPS", "PRP"})
#: Common singular nouns that are subjects of violence ("police battle militants").
_SUBJECT_NOUNS = frozenset({"police", "army", "military", "coalition", "militia", "government",
                            "gunfire", "artillery", "aviation",
                            # tagged as verbs: "Iraq forces battle militants"
                            "forces", "troops"})
#: Tags of the word after a headline verb: the start of its object.
_OBJECT_TAGS = frozenset({"CD", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "VBN"})
#: Words that start a count ("kill at least 15", "kill more than 100").
_QUANTIFIERS = frozenset({"at", "more", "over", "nearly", "almost", "around", "about", "up"})
_VERB_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "VBN", "VBG", "MD"})


@Language.factory("sitrep_headlines")
def make_headlines(nlp: Language, name: str) -> HeadlineVerbs:
    return HeadlineVerbs(nlp, name)


class HeadlineVerbs:
    version = VERSION

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        verbs = [token for line in lines_of(doc) if _unread(line)
                 for token in _headline_verbs(line)]
        if not verbs:
            return doc
        norms = [(token, token.norm_) for token in verbs]
        for token in verbs:
            token.norm_ = "kills" if _third_person(token) else "kill"
        for token in doc:
            token.tag_ = ""  # the tagger does not overwrite a tag
        for name, component in self.nlp.pipeline:
            if name == self.name:
                break
            if not name.startswith("sitrep_"):
                doc = component(doc)
        for token, norm in norms:
            token.norm_ = norm
        return doc


def _unread(line: Span) -> bool:
    """A headline that reports no act with a verb already."""
    return is_headline(line) and not any(
        t.tag_ in _VERB_TAGS and _form_of(t, _VIOLENT_VERBS) for t in line)


def _headline_verbs(line: Span) -> list[Token]:
    words = [t for t in line if not t.is_space]
    found = []
    for before, token, after in zip(words, words[1:], words[2:], strict=False):
        if token.tag_ in ("NN", "NNS") and token.is_lower and _present_form(token) \
                and (before.tag_ in _SUBJECT_TAGS or before.lower_ in _SUBJECT_NOUNS) \
                and (after.tag_ in _OBJECT_TAGS or after.lower_ in _QUANTIFIERS):
            found.append(token)
    return found


def _present_form(token: Token) -> bool:
    """ "kidnap", "kidnaps", "clashes": a headline verb in the present tense."""
    word = token.lower_
    return word in HEADLINE_VERBS or (word.endswith("s") and word[:-1] in HEADLINE_VERBS) \
        or (word.endswith("es") and word[:-2] in HEADLINE_VERBS)


def _form_of(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether a word is spelled as a form of one of the verbs ("executed", "fighting"); the
    lemmatizer has not run yet."""
    word = token.lower_
    return any(word.startswith(lemma.rstrip("e")) for lemma in lemmas)


def _third_person(token: Token) -> bool:
    return token.lower_ not in HEADLINE_VERBS

