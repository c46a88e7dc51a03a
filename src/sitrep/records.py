"""The typed records that flow through Sitrep's stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

#: Stage names and versions stored with what they made, so reprocessing can redo only what changed.
EXTRACT_VERSION = "extract.v3"
DEDUPE_VERSION = "dedupe.v1"


@dataclass(frozen=True, slots=True)
class Document:
    """One fetched or read input, raw bytes included: the unit the store keeps forever."""

    external_id: str
    raw: bytes
    origin: str
    kind: str  # html | text | jsonl | warc | feed-entry
    url: str | None = None
    fetched_at: datetime | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # Metadata an input format already gives (JSONL fields, feed entries); they beat extraction.
    title: str | None = None
    published: date | None = None
    published_precision: str = "day"  # day | month | year, for ISO dates like 2016-05
    source: str | None = None
    text: str | None = None
    html: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """Clean article text and metadata extracted from one :class:`Document`."""

    title: str | None
    text: str
    published: date | None
    lang: str | None
    published_precision: str = "day"
    author: str | None = None
    site: str | None = None
    extract_version: str = EXTRACT_VERSION

    @property
    def is_english(self) -> bool:
        return self.lang == "en"


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be used, with the stable reason code recorded in the store."""

    origin: str
    reason: str
    message: str


#: Version of the analysis stage as a whole; the spaCy pipeline and Sitrep's components add
#: their own names and versions to what is stored (see :func:`sitrep.analyze.analysis_version`).
ANALYZE_VERSION = "analyze.v1"
#: ACLED time_precision of each date precision.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
#: ACLED geo_precision of each kind of place; ``unmapped`` is a named place the gazetteer lacks,
#: put at the coordinates of its province or country.
GEO_PRECISION = {"town": 1, "region": 2, "country": 3, "area": 3, "unmapped": 3}


@dataclass(frozen=True, slots=True)
class Mention:
    """Something the analysis stage found in an article's text, as a character span.

    ``kind`` is ``place``, ``actor`` or ``date``. ``ref`` identifies what it resolved to (a
    GeoNames id, an actor id, an ISO date) and is ``None`` when it could not be resolved; the
    other fields are those that apply to the kind.
    """

    kind: str
    start: int
    end: int
    text: str
    source: str  # what found it: ner, gazetteer, demonym, typo, kb, unit, rule
    ref: str | None = None
    name: str | None = None
    # places
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    # places: town | region | country | area; dates: day | week | month | year
    precision: str | None = None
    # actors
    actor_type: str | None = None
    inter: int | None = None
    affiliation: str | None = None
    # dates: the period the expression stands for, and whether it rests on an inferred reference
    date_start: date | None = None
    date_end: date | None = None
    inferred: bool = False

    @property
    def geo_precision(self) -> int | None:
        """ACLED geo_precision (1 town, 2 region, 3 country or wider) of a resolved place."""
        return GEO_PRECISION.get(self.precision or "") if self.kind == "place" and self.ref else None

    @property
    def time_precision(self) -> int | None:
        """ACLED time_precision (1 day, 2 week, 3 month or longer) of a resolved date."""
        return TIME_PRECISION.get(self.precision or "") if self.kind == "date" and self.ref else None


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the analysis stage found in one article."""

    mentions: list[Mention]
    reference_date: date | None
    reference_inferred: bool
    version: str
    reports: list[EventReport] = field(default_factory=list)


#: Version of the event coder; stored with every event report it makes.
CODER_VERSION = "coder.v28"
#: What ``EventReport.inherited`` holds when the date is the publication's: the text states none.
UNDATED = "publication"
#: What ``EventReport.inherited`` holds when the toll is one more than the acts told before it
#: ("have killed at least 35 more civilians"): an event of its own, not one of those.
ANOTHER = "more"

#: ACLED's event types and their sub-event types.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                                   "Chemical weapon"),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance",
                                   "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Arrests", "Agreement", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"),
}
#: The event type of each sub-event type.
EVENT_TYPE_OF = {sub: kind for kind, subs in EVENT_TYPES.items() for sub in subs}


@dataclass(frozen=True, slots=True)
class EventActor:
    """An actor in a role of an event: ACLED-style name, inter code, knowledge-base id."""

    name: str
    inter: int
    ref: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class EventReport:
    """One report of an event in one article: what the coder read in one sentence (or span).

    Character offsets (``start``, ``end``) locate the evidence in the article text; the
    location, date and actors each come from a mention inside it (or, where the sentence leaves
    one out, from the sentence it continues, which ``inherited`` names).
    """

    event_type: str
    sub_event_type: str
    start: int
    end: int
    evidence: str
    actor1: EventActor | None = None
    actor2: EventActor | None = None
    assoc_actor_1: tuple[EventActor, ...] = ()
    assoc_actor_2: tuple[EventActor, ...] = ()
    location: str | None = None
    place_ref: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    geo_precision: int | None = None
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int | None = None
    fatalities: int = 0
    victims: tuple[str, ...] = ()  # named people counted as killed, so reports can be summed
    trigger: str = ""
    inherited: tuple[str, ...] = ()  # fields taken from an earlier sentence
    confidence: float = 0.5
    version: str = CODER_VERSION

    @property
    def interaction(self) -> int | None:
        return interaction(self.actor1, self.actor2)


def interaction(actor1: EventActor | None, actor2: EventActor | None) -> int | None:
    """ACLED interaction code: the two inter codes, lower first (10 × a + b); one actor alone
    gives 10 × its code, and no actor 1 gives none."""
    if actor1 is None:
        return None
    codes = sorted(a.inter for a in (actor1, actor2) if a is not None)
    return codes[0] * 10 + codes[1] if len(codes) == 2 else codes[0] * 10
