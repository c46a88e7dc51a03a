"""The analysis stage: actors, places and dates in an article, as typed mentions with spans.

One spaCy pipeline (:mod:`sitrep.nlp`) does the work; this module feeds it articles with their
publication dates and turns what its components found into :class:`~sitrep.records.Mention`
records, in text order.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.actors import Actor
from sitrep.config import Settings
from sitrep.events import lexicon
from sitrep.geo.gazetteer import Place, demonyms
from sitrep.nlp import actors, dates, load_pipeline, pipeline_version, places
from sitrep.nlp.lines import sentence_cased, source_text, unbroken
from sitrep.records import ANALYZE_VERSION, Analysis, Mention


@dataclass(frozen=True, slots=True)
class Text:
    """What the stage needs of an article: its text and what is known of its date."""

    text: str
    published: date | None = None
    published_precision: str = "day"


def reference_of(published: date | None, precision: str
                 ) -> tuple[date | None, bool, date | None]:
    """A publication date known to the day is the reference; one known to the month or the year
    stands in as the last day of that period, marked inferred, with the period's first day."""
    if published is None:
        return None, True, None
    if precision == "month":
        last = calendar.monthrange(published.year, published.month)[1]
        return published.replace(day=last), True, published.replace(day=1)
    if precision == "year":
        return date(published.year, 12, 31), True, date(published.year, 1, 1)
    return published, False, None


class Analyzer:
    """Runs the analysis stage. Loading the spaCy pipeline takes about a second, once per
    process; the gazetteer is opened read-only."""

    def __init__(self, settings: Settings) -> None:
        self.nlp = load_pipeline(settings.spacy_pipeline, settings.actors_file)
        self.version = f"{ANALYZE_VERSION};{pipeline_version(self.nlp)}"
        self.batch_size = 16
        self._common = common_words(self.nlp)

    def analyze(self, text: str, published: date | None = None,
                published_precision: str = "day") -> Analysis:
        return next(self.analyze_many([Text(text, published, published_precision)]))

    def analyze_many(self, texts: Iterable[Text]) -> Iterator[Analysis]:
        """Analyse texts in batches, yielding one :class:`Analysis` per text, in order."""
        docs = (self._prepare(item) for item in texts)
        for doc in self.nlp.pipe(docs, batch_size=self.batch_size):
            yield self._analysis(doc)

    def _prepare(self, item: Text) -> Doc:
        text = unbroken(item.text)
        doc = self.nlp.make_doc(sentence_cased(text, self._common))
        doc._.sitrep_text = text
        reference, inferred, start = reference_of(item.published, item.published_precision)
        doc._.sitrep_published = (reference, inferred, start) if reference else None
        return doc

    def _analysis(self, doc: Doc) -> Analysis:
        reference = doc._.sitrep_reference
        mentions = [*_place_mentions(doc), *_actor_mentions(doc), *_date_mentions(doc)]
        mentions.sort(key=lambda m: (m.start, m.end, m.kind))
        return Analysis(mentions=mentions, reference_date=reference[0] if reference else None,
                        reference_inferred=bool(reference and reference[1]), version=self.version,
                        reports=list(doc._.sitrep_events or []))


def common_words(nlp: Language) -> Callable[[str], bool]:
    """Whether a lower-case word is a common English word (one the lemmatizer's index of
    WordNet's nouns, verbs, adjectives and adverbs has, in some form) and no name: not a
    people's word ("kurdish") nor the name of a country, a region or a town of 10,000 people
    ("iraq", "hit"). A pipeline without that index knows none."""
    try:
        lemmatizer = nlp.get_pipe("lemmatizer")
        table = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return lambda word: False
    index: set[str] = set()
    for key in table:
        index.update(table[key])
    for words in (*lexicon.VERB_ACTS.values(), *lexicon.NOUN_ACTS.values()):
        index.update(words)  # "airstrike", which WordNet spells apart
    recognizer = nlp.get_pipe("sitrep_places")
    assert isinstance(recognizer, places.PlaceRecognizer)
    gazetteer = recognizer.gazetteer
    peoples = {name.lower() for name in demonyms()}

    @lru_cache(maxsize=65536)
    def common(word: str) -> bool:
        forms = {word, word[:-1], word[:-2], word[:-3] + "y", word[:-3] + "e", word[:-2] + "e"}
        if word in peoples or not forms & index:
            return False
        return not any(p.exact and (p.kind != "town" or p.population >= 10_000)
                       for p in gazetteer.lookup(word.capitalize()))

    return common


def _source(doc: Doc, start: int, end: int) -> str:
    """The text between two offsets as the caller gave it (not sentence-cased)."""
    return source_text(doc)[start:end]


def _place_mentions(doc: Doc) -> Iterator[Mention]:
    for span in doc.spans.get(places.SPAN_KEY, []):
        place: Place | None = span._.sitrep
        if place is None:
            yield Mention("place", span.start_char, span.end_char,
                          _source(doc, span.start_char, span.end_char), span.label_)
            continue
        yield Mention("place", span.start_char, span.end_char,
                      _source(doc, span.start_char, span.end_char), span.label_,
                      ref=str(place.geonameid), name=place.name, lat=place.lat, lon=place.lon,
                      country=place.country, admin1=place.admin1_name, precision=place.kind)


def _actor_mentions(doc: Doc) -> Iterator[Mention]:
    for span in doc.spans.get(actors.SPAN_KEY, []):
        actor: Actor | None = span._.sitrep
        if actor is None:
            text = _source(doc, span.start_char, span.end_char)
            yield Mention("actor", span.start_char, span.end_char, text, span.label_,
                          name=text, actor_type="unknown", inter=0)
            continue
        yield Mention("actor", span.start_char, span.end_char,
                      _source(doc, span.start_char, span.end_char), span.label_,
                      ref=actor.id, name=actor.name, country=actor.country,
                      actor_type=actor.type, inter=actor.inter, affiliation=actor.affiliation)


def _date_mentions(doc: Doc) -> Iterator[Mention]:
    for span in doc.spans.get(dates.SPAN_KEY, []):
        when: dates.When | None = span._.sitrep
        if when is None:
            yield Mention("date", span.start_char, span.end_char,
                          _source(doc, span.start_char, span.end_char), span.label_)
            continue
        yield Mention("date", span.start_char, span.end_char,
                      _source(doc, span.start_char, span.end_char), span.label_,
                      ref=when.iso, precision=when.precision, date_start=when.start,
                      date_end=when.end, inferred=when.inferred)
