"""The ``sitrep_actors`` spaCy component: armed and political actors from the knowledge base.

Names match case-insensitively on whole tokens, acronyms case-sensitively (and not inside a run
of capitals, so a shouted "IS" in a headline is not the Islamic State). Military units written
as an ordinal and a unit word ("the Iraqi army's 12th division", "the 5th Brigade of the
Peshmerga") become actors of their own, belonging to the actor named next to them. Organisations
the statistical model finds that the knowledge base does not know are kept as actors of unknown
type. Spans go to ``doc.spans["sitrep_actors"]`` with ``span._.sitrep`` set to the
:class:`~sitrep.actors.Actor` (``None`` for unknown ones).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sitrep.actors import Actor, ActorKB
from sitrep.geo.gazetteer import country_names, demonyms
from sitrep.nlp.lines import lines_of
from sitrep.nlp.places import SPAN_KEY as PLACES_KEY

VERSION = "actors.v9"
SPAN_KEY = "sitrep_actors"
UNIT_WORDS = r"(?:division|brigade|regiment|battalion|corps|army|squadron)"
_UNIT = re.compile(
    rf"\b((?:\d{{1,3}}(?:st|nd|rd|th))|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    rf"tenth|eleventh|twelfth)[\s-]+({UNIT_WORDS})\b", re.IGNORECASE)
#: Entity texts the model calls organisations that are not actors of any kind.
_NOT_ORG = re.compile(r"^(?:the\s+)?(?:[A-Z]{1,2}|\W+|.*\n.*)$", re.DOTALL)
#: Last words of a facility's name ("Tiyas Military Airfield", "Mosul General Hospital"): a place
#: that the model may call an organisation, which is no actor.
FACILITIES = frozenset({"airfield", "airport", "airbase", "base", "camp", "dam", "bridge", "port",
                        "prison", "hospital", "refinery", "oilfield", "checkpoint", "crossing",
                        "mosque", "church", "shrine", "market"})

#: Acronyms of weapons, which the model may call organisations ("a VBIED factory").
_WEAPONS = frozenset({"ied", "ieds", "vbied", "vbieds", "svbied", "svbieds", "uav", "uavs",
                      "rpg", "rpgs", "manpads", "atgm", "atgms", "mlrs", "typhoons", "tornados",
                      "tornadoes", "rafales", "reapers", "predators", "apaches", "harriers"})


#: The norm an acronym that spells a function word is given for the statistical model: that of
#: an armed group's name the model knows well from its training text.
NAME_NORM = "hamas"


@Language.factory("sitrep_acronyms", default_config={"actors_path": ""})
def make_acronyms(nlp: Language, name: str, actors_path: str) -> AcronymNorms:
    return AcronymNorms(nlp, name, Path(actors_path) if actors_path else None)


class AcronymNorms:
    """Runs first, before the statistical model. An actor's acronym that spells an English
    function word ("IS") gets the norm of a group's name, so the tagger, parser and entity
    recogniser read "IS militants" and "IS kills two policemen" as the group, not the verb
    "is". The text is unchanged; a shouted "IS" (among capitals) is left alone."""

    version = "acronyms.v1"

    def __init__(self, nlp: Language, name: str, actors_path: Path | None = None) -> None:
        self.name = name
        stop_words = nlp.Defaults.stop_words
        self.acronyms = frozenset(a for actor in ActorKB.load(actors_path) for a in actor.acronyms
                                  if a.lower() in stop_words)

    def __call__(self, doc: Doc) -> Doc:
        found = [t for t in doc if t.text in self.acronyms]
        capitals = _capitals(doc) if found else []
        for token in found:
            if not _shouted(doc, token.i, token.i + 1, capitals):
                token.norm_ = NAME_NORM
        return doc


@Language.factory("sitrep_actors", default_config={"actors_path": ""})
def make_actors(nlp: Language, name: str, actors_path: str) -> ActorRecognizer:
    return ActorRecognizer(nlp, name, Path(actors_path) if actors_path else None)


class ActorRecognizer:
    version = VERSION

    def __init__(self, nlp: Language, name: str, actors_path: Path | None = None) -> None:
        if not Span.has_extension("sitrep"):
            Span.set_extension("sitrep", default=None)
        self.name = name
        self.kb = ActorKB.load(actors_path)
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        for actor in self.kb:
            if actor.names:
                self.names.add(actor.id, [nlp.make_doc(n) for n in _spellings(actor)])
            if actor.acronyms:
                self.acronyms.add(actor.id, [nlp.make_doc(a) for a in actor.acronyms])

    def __call__(self, doc: Doc) -> Doc:
        matches: list[tuple[int, int, Actor | None, str]] = []
        vocab = doc.vocab.strings
        for match_id, start, end in self.names(doc):
            matches.append((start, end, self.kb.get(vocab[match_id]), "kb"))
        acronyms = self.acronyms(doc)
        capitals = _capitals(doc) if acronyms else []
        for match_id, start, end in acronyms:
            if not _shouted(doc, start, end, capitals):
                matches.append((start, end, self.kb.get(vocab[match_id]), "kb"))
        # A name the knowledge base knows as an actor is the actor, even where the model called
        # it a place ("Daesh"); other place names stay places.
        exact = {(start, end) for start, end, _, _ in matches}
        kept_places = [s for s in doc.spans.get(PLACES_KEY, []) if (s.start, s.end) not in exact]
        if len(kept_places) != len(doc.spans.get(PLACES_KEY, [])):
            doc.spans[PLACES_KEY] = kept_places
        taken = [False] * len(doc)
        for span in kept_places:
            # "Iraqi" in "Iraqi army", "U.S." in "U.S. Central Command": part of the actor
            if span.label_ != "demonym" and not any(
                    start <= span.start and span.end <= end and end - start > len(span)
                    for start, end, _, _ in matches):
                for i in range(span.start, span.end):
                    taken[i] = True
        chosen: list[tuple[int, int, Actor | None, str]] = []
        for start, end, actor, source in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
            if not any(taken[start:end]):
                chosen.append((start, end, actor, source))
                for i in range(start, end):
                    taken[i] = True
        chosen.extend(self._units(doc, chosen, taken))
        for ent in doc.ents:
            if ent.label_ == "ORG" and not any(taken[ent.start:ent.end]):
                span = _organisation(ent)
                if span is not None and _in_prose(span):
                    chosen.append((span.start, span.end, None, "ner"))
        spans = []
        for start, end, actor, source in sorted(chosen, key=lambda m: m[0]):
            span = Span(doc, start, end, label=source, kb_id=actor.id if actor else "")
            span._.sitrep = actor
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc

    def _units(self, doc: Doc, chosen: list[tuple[int, int, Actor | None, str]],
               taken: list[bool]) -> list[tuple[int, int, Actor | None, str]]:
        """Ordinal units, attributed to the actor named just before ("the Iraqi army's 12th
        division") or just after ("the 12th Division of the Iraqi army")."""
        found: list[tuple[int, int, Actor | None, str]] = []
        by_end = {doc[e - 1].idx + len(doc[e - 1]): a for s, e, a, _ in chosen if a}
        by_start = {doc[s].idx: a for s, e, a, _ in chosen if a}
        for match in _UNIT.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(taken[span.start:span.end]):
                continue
            parent = None
            for end_char, actor in by_end.items():
                between = doc.text[end_char:match.start()]
                if end_char <= match.start() and len(between) <= 4 \
                        and re.fullmatch(r"(?:['’]s)?\s*", between):
                    parent = actor
            if parent is None:
                after = doc.text[match.end():match.end() + 12]
                lead = re.match(r"\s+of\s+(?:the\s+)?", after)
                if lead:
                    parent = by_start.get(match.end() + lead.end())
            unit = f"{match.group(1).lower()} {match.group(2).lower()}"
            title = f"{match.group(1).lower()} {match.group(2).lower().capitalize()}"
            if parent is not None:
                actor = Actor(id=f"{parent.id}/{unit.replace(' ', '-')}",
                              name=f"{parent.name}: {title[0].upper()}{title[1:]}", inter=parent.inter,
                              country=parent.country, affiliation=parent.id,
                              names=(span.text,))
                found.append((span.start, span.end, actor, "unit"))
                for i in range(span.start, span.end):
                    taken[i] = True
        return found


def _spellings(actor: Actor) -> list[str]:
    """The actor's names and, for each that begins with the people's word of the actor's own
    country, the same with the country's name, as headlines write it ("Iraqi army": "Iraq
    army", "Iraq's army")."""
    spellings = list(actor.names)
    if actor.country is None:
        return spellings
    peoples = demonyms()
    for name in actor.names:
        first, _, rest = name.partition(" ")
        if rest and peoples.get(first) == actor.country:
            for country in country_names().get(actor.country, ()):
                spellings += [f"{country} {rest}", f"{country}'s {rest}", f"{country}’s {rest}"]
    return spellings


def _organisation(ent: Span) -> Span | None:
    """Trim an ORG entity to the organisation's name, or return ``None`` for what is not one:
    list bullets and stray symbols, lines run together, single common words, weapons."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (not any(ch.isalnum() for ch in doc[start].text)
                           or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    while end > start and (not any(ch.isalnum() for ch in doc[end - 1].text)
                           or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    span = doc[start:end]
    if not span.text or "\n" in span.text or _NOT_ORG.match(span.text):
        return None
    if len(span) == 1 and span[0].lower_ in _WEAPONS:
        return None
    if len(span) == 1 and (span[0].pos_ != "PROPN" or (span[0].is_sent_start and not span[0].is_upper)):
        return None
    if len(span) > 1 and (span[-1].lower_ in FACILITIES or span[0].lower_ == "camp"):
        return None  # a facility ("Tiyas Military Airfield", "Camp Speicher"): a place
    if _settlement_named(span):
        return None  # "the towns of Abu Hardub and Al-Nabayi": a place
    return span


def _settlement_named(span: Span) -> bool:
    """Whether a name is what a settlement noun is "of" ("the village of Al-Bahra", "the towns
    of Abu Hardub and Al-Nabayi")."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" \
        and token.head.head.lemma_.lower() in _SETTLEMENTS


#: Nouns for a place that a name is "of".
_SETTLEMENTS = frozenset({"town", "village", "city", "district", "neighbourhood", "neighborhood",
                          "suburb", "hamlet", "settlement", "province", "governorate", "region",
                          "area", "outskirts"})


def _in_prose(span: Span) -> bool:
    """True when the span stands in a sentence with a verb, not in a list or a heading."""
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span
    return len(sentence) >= 5 and any(t.pos_ in ("VERB", "AUX") for t in sentence)


def _word(token: Token) -> bool:
    return token.is_alpha and len(token) > 1


def _capitals(doc: Doc) -> list[tuple[int, int, int]]:
    """(first token, words, words in capitals) of each line, counted once per text."""
    return [(line.start, sum(_word(t) for t in line), sum(_word(t) and t.is_upper for t in line))
            for line in lines_of(doc)]


def _shouted(doc: Doc, start: int, end: int, capitals: list[tuple[int, int, int]]) -> bool:
    """True when an acronym sits between words in capitals ("THE WAR IS OVER") or in a line
    written mostly in capitals (a headline in capitals), not merely beside another acronym
    ("an ISIL VBIED facility"). ``capitals`` is :func:`_capitals` of the text."""
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    if len(neighbours) == 2 and all(_word(t) and t.is_upper for t in neighbours):
        return True
    at = bisect_right(capitals, start, key=lambda line: line[0]) - 1
    if at < 0:
        return False
    own = [t for t in doc[start:end] if _word(t)]  # the acronym does not count itself
    words = capitals[at][1] - len(own)
    upper = capitals[at][2] - sum(t.is_upper for t in own)
    return words >= 2 and upper * 2 > words
