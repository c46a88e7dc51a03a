"""The ``sitrep_places`` spaCy component: find place names and put them on the map.

Recognition takes the statistical model's GPE and LOC entities, then scans runs of capitalised
words (with the particles of Arabic names: al-, ez-, Abu ...) for names the gazetteer knows,
longest first. A gazetteer match that the model did not call a place must pass a guard against
common words and people's names: it must be a proper noun, not a stop word, not a word the same
text also uses in lower case, not right after a title (Gen., Sheikh ...), and — when the model
called it a person or an organisation, or it stands alone at the start of a sentence — it needs a
locative cue (``in``/``near``/``from`` before it, ``province``/``town`` after it, or ``, Iraq``
after it). A name accepted once is accepted at its other occurrences in the same text (one sense
per discourse), and the surname of a person the model found elsewhere in the text
("Qasem Soleimani") is never a place. Nationality words (``Iraqi``, ``Syrians``) are kept as
mentions of their country.

Resolution picks one place per mention with :func:`sitrep.geo.resolve.resolve`, and writes the
mentions to ``doc.spans["sitrep_places"]`` with ``span._.sitrep`` set to the place (or ``None``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.geo.gazetteer import Gazetteer, Place, demonyms
from sitrep.geo.names import ARTICLES, toponym_key
from sitrep.geo.resolve import Mention, resolve

VERSION = "places.v23"
SPAN_KEY = "sitrep_places"

PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Entity labels a gazetteer match must never override.
NEVER_PLACES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY",
                          "NORP", "LANGUAGE"})
#: Words before a name that make it a place.
LOCATIVE = frozenset({"in", "near", "at", "from", "into", "outside", "around", "toward", "towards",
                      "across", "through", "via", "between", "along", "inside", "to", "within",
                      "reached", "entered", "captured", "retook", "recaptured", "liberated",
                      "seized", "stormed", "shelled", "bombed", "besieged"})
#: Arabic articles inside a name ("Dayr Az Zayr"), less those that are English words.
_NAME_ARTICLES = ARTICLES - {"as", "an", "at", "en", "ed", "er", "et"}
#: Nouns of holding ground, after which "of" names a place ("the liberation of Sinjar").
_HELD = frozenset({"liberation", "recapture", "capture", "fall", "siege", "occupation",
                   "outskirts", "control", "encirclement", "evacuation"})
#: Participles after a group's name and a hyphen before a place it holds ("IS-held Hit").
_HELD_BY = frozenset({"held", "controlled", "occupied", "besieged", "encircled", "run"})
#: Nouns for the ground around a place, after which "of" names one ("the vicinity of Ayn Issa").
_AROUND = frozenset({"vicinity", "environs", "edge", "edges", "heart", "centre", "center"})
#: Words before a town's name that name a part of it ("East Mosul").
_QUARTERS = frozenset({"east", "west", "north", "south", "eastern", "western", "northern",
                       "southern", "central", "old", "new", "downtown", "greater"})
#: Kind words a name may end with, and the kind of place they say it is ("Tikrit City").
_KIND_WORDS = {"city": "town", "town": "town", "village": "town", "district": "town",
               "province": "region", "governorate": "region", "region": "region"}
#: Nouns for a town, after which "of" names one ("the town of Dabiq").
TOWN_NOUNS = frozenset({"town", "city", "village", "hamlet", "township"})
#: Prepositions of place that no name begins with.
_SPATIAL = frozenset({"near", "in", "outside", "around", "inside", "across"})
#: Nouns that, after ``of``, make what follows a place ("the town of Qaim").
PLACE_NOUNS = frozenset({"province", "governorate", "city", "town", "village", "district",
                         "region", "area", "border", "crossing", "countryside", "desert",
                         "subdistrict", "outskirts", "neighbourhood", "neighborhood", "suburb",
                         "capital", "east", "west", "north", "south", "northeast", "northwest",
                         "southeast", "southwest", "valley", "river", "island", "port",
                         "municipality", "county", "state", "airport", "camp", "dam",
                         "airfield", "airbase", "base", "bridge"})
#: Words right before a capitalised word that make it a person's name.
TITLES = frozenset({"mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "lt", "maj",
                    "major", "capt", "captain", "sgt", "sheikh", "shaikh", "president", "minister",
                    "prime", "king", "prince", "imam", "ayatollah", "brig", "commander", "emir",
                    "sir", "lord", "judge", "senator", "rep", "gov", "governor", "mayor", "st"})
PARTICLES = ARTICLES | {"bin", "ibn", "bint", "de", "du", "la", "le", "del", "of", "upon", "on"}
MAX_WORDS = 5


@Language.factory("sitrep_places", default_config={"gazetteer_path": ""})
def make_places(nlp: Language, name: str, gazetteer_path: str) -> PlaceRecognizer:
    return PlaceRecognizer(name, Path(gazetteer_path) if gazetteer_path else None)


class PlaceRecognizer:
    """Recognise and resolve place names (see the module docstring)."""

    version = VERSION

    def __init__(self, name: str, gazetteer_path: Path | None = None) -> None:
        if not Span.has_extension("sitrep"):
            Span.set_extension("sitrep", default=None)
        self.name = name
        self.gazetteer = Gazetteer.open(gazetteer_path)
        self.demonyms = demonyms()
        self._lookup = lru_cache(maxsize=65536)(self._lookup_uncached)
        self._near = lru_cache(maxsize=8192)(self._near_uncached)

    def _lookup_uncached(self, text: str) -> tuple[Place, ...]:
        found = self.gazetteer.lookup(text)
        first, _, rest = text.partition(" ")
        if not found and rest and first.lower() in _QUARTERS:
            # "East Mosul", "eastern Aleppo": a part of the town, put on the map as the town;
            # "Northern Iraq" a part of the country, "west Anbar" of the province, as that.
            whole = [p for p in self.gazetteer.lookup(rest) if p.exact]
            found = [p for p in whole if p.kind == "country"][:1] \
                or [p for p in whole if p.kind == "town"] \
                or [p for p in whole if p.kind == "region"][:1]
        name, _, kind = text.rpartition(" ")
        if not found and name and kind.lower() in _KIND_WORDS:
            # "Tikrit City", "Nineveh Province": the town or province the gazetteer knows.
            found = [p for p in self.gazetteer.lookup(name)
                     if p.exact and p.kind == _KIND_WORDS[kind.lower()]]
        return tuple(found)

    def _near_uncached(self, text: str, countries: tuple[str, ...]) -> tuple[Place, ...]:
        return tuple(self.gazetteer.near_spellings(text, countries))

    def __call__(self, doc: Doc) -> Doc:
        spans = self.recognize(doc)
        named = [s for s in spans if s.label_ != "demonym"]
        resolved = {(r.mention.start, r.mention.end): r.place for r in resolve(
            [Mention(s.text, s.start_char, s.end_char) for s in named],
            self.gazetteer, text=doc.text, lookup=self._lookup)}
        # How many mentions name each country ("Iraqi", "Mosul", "Iraq"): what the text is about,
        # and whether a name is the text's only evidence of its country ("Al Salem hospital" as
        # Jerusalem). Typos resolved below are inexact, so they never count.
        support = Counter(self.demonyms[s.text] for s in spans if s.label_ == "demonym")
        by_name: Counter[tuple[str, str]] = Counter()
        for span in named:
            found = resolved.get((span.start_char, span.end_char))
            if found is not None and found.exact:
                support[found.country] += 1
                by_name[(found.country, span.text)] += 1
        elsewhere = max(support.values(), default=0) >= 3
        model_named = {s.text for s in named if s.label_ == "ner"}
        # A name the model found, or one after "near", that no spelling rule matches may be a
        # typo of a place in the (two) countries whose towns and provinces the text names most
        # ("Near Dayr Az Zayr"). Naming a country alone ("U.S. forces") does not count.
        about = [c for c, _ in Counter(p.country for p in resolved.values()
                                       if p.exact and p.kind in ("town", "region")
                                       ).most_common(2)]
        # "Karrada, Baghdad": a part of the place after the comma, which no typo is.
        places_at = {s.start for s in named if (s.start_char, s.end_char) in resolved}
        typos = {s.text: self._near(s.text, tuple(about)) for s in named
                 if s.label_ in ("ner", "typo") and about
                 and (s.start_char, s.end_char) not in resolved
                 and not self._lookup(s.text)  # a namesake turned down is no typo
                 and not (s.end + 1 in places_at and doc[s.end].text == ",")}
        if any(typos.values()):
            # Resolved among the text's other names, which say what countries it is about
            # (two typos, each in a country the other does not name, are not strangers).
            typoed = {(s.start_char, s.end_char) for s in named if typos.get(s.text)}
            resolved.update({(r.mention.start, r.mention.end): r.place for r in resolve(
                [Mention(s.text, s.start_char, s.end_char) for s in named],
                self.gazetteer, text=doc.text,
                lookup=lambda name: typos.get(name) or self._lookup(name))
                if (r.mention.start, r.mention.end) in typoed})
        out: list[Span] = []
        for span in spans:
            if span.label_ == "demonym":
                place = self.gazetteer.country(self.demonyms[span.text])
            else:
                place = resolved.get((span.start_char, span.end_char))
                if span.label_ == "gazetteer" and place is not None and elsewhere \
                        and support[place.country] <= by_name[(place.country, span.text)] \
                        and span.text not in model_named:
                    continue  # only this name says its country, in a text about another one
                if place is None and span.label_ == "typo" and not _report_lead(span):
                    continue  # a name after "near" that is no place the text's countries have
                if place is None and span.label_ == "gazetteer" and not self._has_cue(span):
                    continue  # a namesake abroad the resolver turned down ("Bank", "Centre")
                if place is not None and not place.exact and place.country not in support:
                    # A loose spelling match far from everything else the text names: not a
                    # place at all when only the gazetteer said so, unresolved when the model did.
                    if span.label_ == "gazetteer":
                        continue
                    place = None
            new = Span(doc, span.start, span.end, label=span.label_,
                       kb_id=str(place.geonameid) if place else "")
            new._.sitrep = place
            out.append(new)
        doc.spans[SPAN_KEY] = out
        return doc

    # -- recognition ---------------------------------------------------------------------------

    def recognize(self, doc: Doc) -> list[Span]:
        """Return place-name spans labelled by what found them: ner, gazetteer, demonym, or
        typo (a name after a preposition of place that only a near spelling may resolve)."""
        taken = [False] * len(doc)
        found: list[Span] = []

        def take(span: Span, label: str) -> None:
            if any(taken[i] for i in range(span.start, span.end)):
                return
            for i in range(span.start, span.end):
                taken[i] = True
            found.append(Span(doc, span.start, span.end, label=label))

        # The surname of a person the model found ("Qasem Soleimani"): alone elsewhere in the
        # text, it is the person too, even where the model calls it a place. Not a "person"
        # that starts with a preposition ("Near Mosul").
        towns: set[str] = set()  # names the text calls a town ("the town of Dabiq")
        # Not a "person" that is a whole line, a title ("Retaking Ramadi").
        person_words = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                        and e[0].lower_ not in LOCATIVE and not self._lookup(e.text)
                        and not _whole_line(e)}
        for ent in doc.ents:
            # "Near Dayr Az Zayr," at a line's start, which the model may call a person: no one
            # is named "Near".
            misread = ent.label_ == "PERSON" and len(ent) > 1 and ent[0].is_title \
                and ent[0].lower_ in _SPATIAL
            if ent.label_ in PLACE_LABELS or misread:
                trimmed = _trim(ent)
                if trimmed is not None and not (len(trimmed) == 1
                                                and trimmed.text in person_words):
                    take(self._widened(trimmed), "ner")
            elif ent.label_ == "NORP" and ent.text in self.demonyms:
                take(ent, "demonym")
            elif ent.label_ == "NORP" and _cued_name(ent) and self._lookup(ent.text):
                take(ent, "ner")  # "access to eastern Aleppo", which the model calls a people
            elif ent.label_ in ("NORP", "ORG") and _placed_name(ent) and any(
                    p.exact and p.kind in ("town", "region") for p in self._lookup(ent.text)):
                # "in north of Bayji district", "Iraq's Al-Ramadi": a town the model calls a
                # people or an organisation, where only a place can stand.
                take(ent, "ner")
            elif ent.label_ == "ORG" and _assailed(ent) and any(
                    p.exact and p.kind in ("town", "region") for p in self._lookup(ent.text)):
                # "an Islamic State assault on Sinjar", "Iraq army presses Anbar assault",
                # called an organisation
                take(ent, "ner")
            elif ent.label_ in ("NORP", "ORG") and town_named(ent):
                # "the Syrian town of Dabiq": a town, whether or not the gazetteer has it.
                take(ent, "ner")
                towns.add(ent.text)
        for ent in doc.ents if towns else ():
            if ent.label_ in ("NORP", "ORG") and ent.text in towns:
                take(ent, "ner")  # one sense per discourse: "Dabiq held symbolic importance"
        accepted_forms: set[str] = {toponym_key(s.text) for s in found if s.label_ == "ner"}
        lowercase_words = {t.lower_ for t in doc if t.is_lower}
        pending: list[Span] = []
        runs = list(_name_runs(doc))
        for span in self._gazetteer_candidates(doc, runs, taken):
            verdict = "reject" if span.text in person_words else \
                self._guard(span, lowercase_words)
            if verdict == "accept":
                take(span, "gazetteer")
                accepted_forms.add(toponym_key(span.text))
            elif verdict == "cue":
                pending.append(span)
        for span in pending:
            # one sense per discourse; or listed with a place: "retook Jalawla and Saadiya"
            if toponym_key(span.text) in accepted_forms or (
                    _listed_with(span, found) and any(p.exact and p.kind == "town"
                                                      for p in self._lookup(span.text))):
                take(span, "gazetteer")
        for span in self._cued_unknowns(doc, runs, taken):
            take(span, "typo")
        found.sort(key=lambda s: s.start)
        return found

    def _widened(self, span: Span) -> Span:
        """The name the model cut short, with the words before it that make a gazetteer name
        ("the September 17 Dayr az Zawr": the model took "Dayr az" for part of the date)."""
        doc = span.doc
        for start in range(max(0, span.start - 3), span.start):
            words = doc[start:span.start]
            if _is_name_word(words[0]) and not words[0].is_stop \
                    and all(t.pos_ == "PROPN" or _is_joiner(t) for t in words) \
                    and any(p.exact for p in self._lookup(doc[start:span.end].text)):
                return doc[start:span.end]
        return span

    @staticmethod
    def _cued_unknowns(doc: Doc, runs: list[tuple[int, int]], taken: list[bool]
                       ) -> Iterable[Span]:
        """Name runs after a preposition of place ("near Dayr Az Zayr", "Near Dayr Az Zayr,"
        at a line's start) that neither the model nor the gazetteer took: candidates for a
        misspelt place, kept only if one resolves (see PlaceRecognizer.__call__)."""
        for run_start, run_end in runs:
            if any(taken[run_start:run_end]):
                continue
            start = run_start
            if doc[start].lower_ in _SPATIAL:
                start += 1  # the capitalised preposition at a line's start
            elif start == 0 or doc[start - 1].lower_ not in _SPATIAL:
                continue
            span = doc[start:run_end]
            if len(span) and not any(t.ent_type_ in NEVER_PLACES for t in span) \
                    and _is_name_word(span[0]) and _is_name_word(span[-1]):
                yield span

    def _gazetteer_candidates(self, doc: Doc, runs: list[tuple[int, int]], taken: list[bool]
                              ) -> Iterable[Span]:
        for run_start, run_end in runs:
            i = run_start
            while i < run_end:
                match = None
                if not taken[i] and _can_start(doc[i]):
                    for j in range(min(run_end, i + MAX_WORDS * 2), i, -1):
                        if taken[j - 1] or not _is_name_word(doc[j - 1]):
                            continue
                        span = doc[i:j]
                        if self._lookup(span.text):
                            match = span
                            break
                if match is not None:
                    yield match
                    i = match.end
                else:
                    i += 1

    def _guard(self, span: Span, lowercase_words: set[str]) -> str:
        """Return ``accept``, ``cue`` (accept only if the name is a place elsewhere in the text)
        or ``reject`` for a gazetteer match the model did not call a place."""
        if any(t.ent_type_ in NEVER_PLACES for t in span):
            return "reject"
        words = [t for t in span if t.is_alpha and t.lower_ not in PARTICLES]
        if not words:
            return "reject"
        doc = span.doc
        previous = doc[span.start - 1] if span.start > 0 else None
        if previous is not None and previous.lower_.rstrip(".") in TITLES:
            return "reject"
        if len(words) == 1 and (words[0].lower_ in TITLES or words[0].lower_ in PLACE_NOUNS):
            return "reject"  # "Dam" in "Tabqa Dam" is the kind of place, not a name
        if span.start >= 2 and doc[span.start - 1].lower_ in _NAME_ARTICLES \
                and _is_name_word(doc[span.start - 2]) \
                and doc[span.start - 2].lower_ not in LOCATIVE:
            return "reject"  # the last part of a longer name: "Dayr Az Zayr", "al-Baghdadi"
        following = doc[span.end] if span.end < len(doc) else None
        # "Baghdad International Airport", "Tiyas Military Airfield": a facility of the place.
        facility = any(t.lower_ in PLACE_NOUNS for t in doc[span.end:span.end + 3]
                       if _is_name_word(t))
        if following is not None and _is_name_word(following) and not following.is_sent_start \
                and following.lower_ not in PLACE_NOUNS and not facility and not any(
                    p.kind in ("region", "country") for p in self._lookup(span.text)):
            return "reject"  # the first part of a longer name: "Abu Aya", "Haider al-Abadi"
        if following is not None and following.lower_ in _NAME_ARTICLES \
                and span.end + 1 < len(doc) and _is_name_word(doc[span.end + 1]) \
                and not doc[span.end + 1].is_sent_start:
            return "reject"  # "Dawr az Zawr" (a misspelt Dayr az Zawr) is not ad-Dawr
        if len(words) == 1:
            word = words[0]
            if word.is_stop or word.lower_ in lowercase_words or word.pos_ not in ("PROPN", "X"):
                return "cue" if self._has_cue(span) else "reject"
        ent_types = {t.ent_type_ for t in span if t.ent_type_}
        if self._has_cue(span) or (facility and ent_types <= {"FAC"}):
            return "accept"
        if ent_types == {"FAC"} and len(words) > 1 \
                and any(p.exact for p in self._lookup(span.text)):
            return "accept"  # a facility the gazetteer names whole: "Camp Speicher"
        if ent_types - PLACE_LABELS or span[0].is_sent_start:
            return "cue"
        places = self._lookup(span.text)
        if len(words) > 1 or any(p.kind != "town" or p.population >= 100_000 for p in places):
            return "accept"
        return "cue"

    @staticmethod
    def _has_cue(span: Span) -> bool:
        doc = span.doc
        back = span.start - 1
        if back >= 1 and doc[back].text in ("-", "‑") and doc[back - 1].lower_ in ARTICLES:
            back -= 2  # "in al-Hilla": the cue comes before the article
        if back >= 0 and doc[back].lower_ == "the":
            back -= 1  # "south of the Euphrates", "across the Euphrates"
        before = doc[back].lower_ if back >= 0 else ""
        before2 = doc[back - 1].lower_ if back >= 1 else ""
        if before in LOCATIVE and before2 != "according":
            return True
        if before in _HELD_BY and before2 in ("-", "‑"):
            return True  # "IS-held Hit", "ISIL-controlled Raqqa"
        if before == "of" and (before2 in PLACE_NOUNS or before2 in _HELD or before2 in _AROUND):
            return True  # "the town of Qaim", "the liberation of Sinjar", "the vicinity of"
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if after in PLACE_NOUNS:
            return True
        if after == "," and span.end + 1 < len(doc):
            follower = doc[span.end + 1]
            return follower.ent_type_ == "GPE" and follower.is_title
        return False


def _report_lead(span: Span) -> bool:
    """ "Near Sultan Abdallah, one strike ...": a name between a sentence's first word, "Near"
    or "Outside", and a comma is where the sentence's report happened, a place whether or not
    the gazetteer knows it."""
    doc = span.doc
    if span.start < 1 or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    cue = doc[span.start - 1]
    return cue.text in ("Near", "Outside") and all(  # after a bullet, if any
        t.is_punct or t.is_space for t in doc[cue.sent.start:cue.i])


def _trim(ent: Span) -> Span | None:
    """Drop a leading article or preposition ("Near Mosul" at a line's start) and a trailing
    possessive from an entity."""
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ in ("the", "a", "an")
                           or ent.doc[start].lower_ in LOCATIVE):
        start += 1
    while end > start and ent.doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if end - start == 1 and ent.doc[start].lower_ in PLACE_NOUNS:
        return None  # "the West", "the South": a direction, not a place
    return ent.doc[start:end] if end > start else None


def _is_name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def _is_joiner(token: Token) -> bool:
    return token.text in ("-", "'", "’") or token.lower_ in PARTICLES


def _name_runs(doc: Doc) -> Iterable[tuple[int, int]]:
    """Yield maximal runs of name words and the particles and hyphens between them."""
    i, n = 0, len(doc)
    while i < n:
        if _is_name_word(doc[i]) or (_is_joiner(doc[i]) and i + 1 < n and _is_name_word(doc[i + 1])
                                     and doc[i].lower_ in ARTICLES):
            j = i + 1
            while j < n:
                if _is_name_word(doc[j]) or _joins_name(doc, j):
                    j += 1
                else:
                    break
            yield i, j
            i = j
        else:
            i += 1


def _joins_name(doc: Doc, j: int) -> bool:
    """Whether token ``j`` starts up to three particles and hyphens before a name word
    ("Abu al-Khatir", "Salah-al-Din")."""
    for k in range(j, min(j + 3, len(doc))):
        if not _is_joiner(doc[k]):
            return False
        if k + 1 < len(doc) and _is_name_word(doc[k + 1]):
            return True
    return False


def _can_start(token: Token) -> bool:
    if token.lower_ in ARTICLES:
        # "at-Tanf", not "at Baghdad"
        return token.lower_ not in LOCATIVE or (token.i + 1 < len(token.doc)
                                                and token.doc[token.i + 1].text == "-")
    # A preposition or function word capitalised at a line's start ("Near Al Hasakah") is not
    # the first word of a name.
    return _is_name_word(token) and token.lower_ not in LOCATIVE and not token.is_stop



def _listed_with(span: Span, found: list[Span]) -> bool:
    """A name joined by "and" or a comma to a place found before it ("Jalawla and Saadiya")."""
    root = span.root
    if root.dep_ != "conj":
        return False
    head = root.head.i
    return any(s.start <= head < s.end and s.label_ != "demonym" for s in found)


def _placed_name(span: Span) -> bool:
    """A name that only a place can be: one a word for a kind of place follows ("Bayji
    district"), one after "of" that such a word or a word of holding ground governs ("north of
    Bayji"), or one a country owns ("Iraq's Al-Ramadi")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in PLACE_NOUNS and after.pos_ == "NOUN":
        return True
    if after is not None and after.pos_ == "NOUN" and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_ in _FACILITIES:
        return True  # "the Baiji oil refinery"
    if span.start < 2:
        return False
    before, before2 = doc[span.start - 1], doc[span.start - 2]
    if before.lower_ == "of" and (before2.lower_ in PLACE_NOUNS or before2.lower_ in _HELD):
        return True
    return before.text in ("'s", "’s") and before2.ent_type_ == "GPE"


#: Works a town's name is given to, after a word of what kind: "the Baiji oil refinery".
_FACILITIES = frozenset({"refinery", "dam", "airport", "airbase", "airfield", "prison", "bridge"})


def _whole_line(span: Span) -> bool:
    """Whether a span is all its line holds (a title or heading)."""
    doc = span.doc
    return (span.start == 0 or "\n" in doc[span.start - 1].text) \
        and (span.end == len(doc) or "\n" in doc[span.end].text)


def _assailed(span: Span) -> bool:
    """A name that is what an attack is "on" ("an assault on Sinjar", "the push on Mosul"),
    or that names the attack ("the Anbar assault")."""
    doc = span.doc
    return (span.start >= 2 and doc[span.start - 1].lower_ == "on"
            and doc[span.start - 2].lemma_.lower() in _ASSAULTS) \
        or (span.end < len(doc) and doc[span.end].lemma_.lower() in _ASSAULTS
            and span.root.head.i == span.end)


#: Nouns of an attack on a place, which "on" follows.
_ASSAULTS = frozenset({"attack", "assault", "offensive", "advance", "push", "raid", "march",
                       "counterattack", "counter-attack", "onslaught"})


def town_named(span: Span) -> bool:
    """A name a text says is a town: "the town of Dabiq", "the Syrian village of Tell Tamer"."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" \
        and doc[span.start - 2].lower_ in TOWN_NOUNS


def _cued_name(span: Span) -> bool:
    """A name after a preposition of place (and perhaps a word for a part: "in eastern
    Aleppo") that no noun follows ("in Sunni areas" qualifies the areas)."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in _QUARTERS:
        before -= 1
    after = doc[span.end] if span.end < len(doc) else None
    return before >= 0 and doc[before].lower_ in LOCATIVE \
        and (after is None or after.pos_ not in ("NOUN", "PROPN"))
