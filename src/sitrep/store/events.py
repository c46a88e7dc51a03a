"""Keeping events: event reports per article, fusion into events with stable ids, the changes
made to events, and the queries behind ``sitrep events`` and the exports.

:meth:`EventQueries.save_event_reports` replaces an article's reports and fuses each new one
into the event it describes (:func:`sitrep.events.fuse.match`), or into a new event. Every event
a report joined or left is then reconciled again from all its reports; each field that changed
is recorded in ``event_changes`` with the time and the article. An event left with no reports
(after its article is analysed again) is marked withdrawn, never deleted, so its id is never
given to another event and comes back if a report matches it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from sitrep.errors import NotFoundError
from sitrep.events import fuse
from sitrep.records import ANOTHER, UNDATED, EventActor, EventReport
from sitrep.store.models import (
    ArticleRow,
    DocumentRow,
    EventChangeRow,
    EventReportRow,
    EventRow,
)

_PLACE_FIELDS = ("country", "admin1", "admin2", "location", "place_ref", "geo_precision",
                 "date_start", "date_end", "time_precision", "fatalities")
_REPORT_FIELDS = ("event_type", "sub_event_type", "lat", "lon", "start", "end", "evidence",
                  "trigger", "confidence", "version", *_PLACE_FIELDS)


def _actor_json(actor: EventActor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "inter": actor.inter, "ref": actor.ref, "country": actor.country}


def _actor_of(data: dict[str, Any] | None) -> EventActor | None:
    if not data:
        return None
    return EventActor(data["name"], int(data["inter"]), data.get("ref"), data.get("country"))


def _actors_json(actor1: EventActor | None, actor2: EventActor | None,
                 assoc1: tuple[EventActor, ...], assoc2: tuple[EventActor, ...]) -> dict[str, Any]:
    return {"actor1": _actor_json(actor1), "actor2": _actor_json(actor2),
            "assoc_actor_1": [_actor_json(a) for a in assoc1],
            "assoc_actor_2": [_actor_json(a) for a in assoc2]}


def _assoc_of(data: dict[str, Any], key: str) -> tuple[EventActor, ...]:
    return tuple(a for a in (_actor_of(d) for d in data.get(key) or []) if a is not None)


def report_of(row: EventReportRow) -> EventReport:
    actors = row.actors or {}
    return EventReport(
        **{name: getattr(row, name) for name in _REPORT_FIELDS},
        actor1=_actor_of(actors.get("actor1")), actor2=_actor_of(actors.get("actor2")),
        assoc_actor_1=_assoc_of(actors, "assoc_actor_1"),
        assoc_actor_2=_assoc_of(actors, "assoc_actor_2"),
        victims=tuple(row.victims or ()), inherited=tuple(row.inherited or ()))


def event_of(row: EventRow) -> fuse.Event:
    actors = row.actors or {}
    return fuse.Event(
        event_type=row.event_type, sub_event_type=row.sub_event_type,
        actor1=_actor_of(actors.get("actor1")), actor2=_actor_of(actors.get("actor2")),
        assoc_actor_1=_assoc_of(actors, "assoc_actor_1"),
        assoc_actor_2=_assoc_of(actors, "assoc_actor_2"), location=row.location,
        place_ref=row.place_ref, lat=row.latitude, lon=row.longitude, country=row.country,
        admin1=row.admin1, admin2=row.admin2, geo_precision=row.geo_precision,
        date_start=row.date_start, date_end=row.date_end, time_precision=row.time_precision,
        fatalities=row.fatalities, sources=row.sources, reports=row.reports,
        confidence=row.confidence)


def _event_values(event: fuse.Event) -> dict[str, Any]:
    return {
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "actors": _actors_json(event.actor1, event.actor2, event.assoc_actor_1,
                               event.assoc_actor_2),
        "country": event.country, "admin1": event.admin1, "admin2": event.admin2,
        "location": event.location, "place_ref": event.place_ref, "latitude": event.lat,
        "longitude": event.lon, "geo_precision": event.geo_precision,
        "date_start": event.date_start, "date_end": event.date_end,
        "time_precision": event.time_precision, "fatalities": event.fatalities,
        "sources": event.sources, "reports": event.reports, "confidence": event.confidence}


@dataclass(frozen=True, slots=True)
class ReportView:
    """An event report with the article it comes from."""

    report: EventReport
    doc_id: str
    article_id: int
    event_id: str | None
    title: str | None
    url: str | None
    source: str | None
    published: date | None


@dataclass(frozen=True, slots=True)
class EventView:
    """A stored event: its id, reconciled fields and (for ``show``) reports and changes."""

    event_id: str
    event: fuse.Event
    created_at: datetime
    updated_at: datetime
    withdrawn: bool = False
    reports: list[ReportView] = field(default_factory=list)
    changes: list[EventChangeRow] = field(default_factory=list)
    source_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``sitrep events`` may ask for. ``near`` is (lat, lon, km)."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    min_fatalities: int | None = None
    near: tuple[float, float, float] | None = None


def save_event_reports(session: Session, article_id: int, reports: list[EventReport],
                       now: datetime) -> None:
    """Replace an article's event reports and fuse them (see the module docstring)."""
    # Where each report the article made before went: the same sentence, type and place
    # analysed again goes back to the same event, whatever was fused since.
    before = {(start, end, sub, place_ref): event_pk
              for start, end, sub, place_ref, event_pk in session.execute(
                  select(EventReportRow.start, EventReportRow.end,
                         EventReportRow.sub_event_type, EventReportRow.place_ref,
                         EventReportRow.event_pk)
                  .where(EventReportRow.article_id == article_id))
              if event_pk is not None}
    touched: set[int] = set(before.values())
    session.execute(delete(EventReportRow).where(EventReportRow.article_id == article_id))
    session.flush()
    previous = {pk: event_of(row) for pk in touched
                if (row := session.get(EventRow, pk)) is not None}
    towns: dict[int, set[str | None]] = {}  # the towns this article puts in each event
    made: set[int] = set()  # the events this article reports
    article = session.get(ArticleRow, article_id)
    published, site = (article.published, article.site) if article is not None else (None, None)
    for report in reports:
        # A report the article made before goes back to its event, whatever else changed.
        event_pk = before.get((report.start, report.end, report.sub_event_type,
                               report.place_ref)) \
            or next((pk for pk, old in previous.items() if fuse.same_report(report, old)),
                    None) or _match(session, fuse.Sourced(report, article_id, published, site),
                                    towns, made if ANOTHER in report.inherited else set())
        if event_pk is None:
            event = fuse.reconcile([fuse.Sourced(report, article_id)])
            row = EventRow(**_event_values(event), created_at=now, updated_at=now)
            session.add(row)
            session.flush()
            row.event_id = fuse.event_id(event.country, row.id)
            event_pk = row.id
        session.add(EventReportRow(
            article_id=article_id, event_pk=event_pk,
            **{name: getattr(report, name) for name in _REPORT_FIELDS},
            actor1=report.actor1.name if report.actor1 else None,
            actor2=report.actor2.name if report.actor2 else None,
            actors=_actors_json(report.actor1, report.actor2, report.assoc_actor_1,
                                report.assoc_actor_2),
            victims=list(report.victims), inherited=list(report.inherited)))
        session.flush()
        _refresh(session, event_pk, article_id, now)  # the next report matches the new fields
        touched.discard(event_pk)
        made.add(event_pk)
        if report.geo_precision == 1:
            towns.setdefault(event_pk, set()).add(report.place_ref)
    for event_pk in sorted(touched):  # events this article's old reports left
        _refresh(session, event_pk, article_id, now)


def _candidates(report: EventReport) -> Select[Any]:
    slack = timedelta(days=fuse.TERRITORY_SLACK_DAYS)
    start = (report.date_start or date.min) - slack
    end = (report.date_end or date.max) + slack
    # A death of no named doer or means may be the toll of an act of another type (see
    # fuse._same_type): with a toll, events of any type that give the same one are candidates.
    # An attack that names no doer may be a strike or shelling told with its means
    # (fuse.kin_types).
    same_type = EventRow.event_type.in_({report.event_type, *fuse.kin_types(report)})
    return select(EventRow).where(
        EventRow.country == report.country,
        or_(same_type, EventRow.fatalities == report.fatalities) if report.fatalities
        else same_type,
        EventRow.date_start <= end, EventRow.date_end >= start)


def _match(session: Session, sourced: fuse.Sourced, towns: dict[int, set[str | None]],
           told: set[int]) -> int | None:
    report = sourced.report
    if report.date_start is None or report.country is None:
        return None
    # "Today, multiple attacks have killed 35 more": not one of the events the article told.
    rows = [r for r in session.execute(_candidates(report)).scalars() if r.id not in told]
    if UNDATED in report.inherited:
        rows = [r for r in rows if not fuse.apart(sourced, _sourced(session, r.id))]
    if report.geo_precision == 1:
        # One article naming two towns ("near Ramadi", "near Habbaniyah") reports two events,
        # however close the towns are.
        rows = [r for r in rows if report.place_ref in towns.get(r.id, {report.place_ref})]
    found = fuse.match(report, ((str(r.id), event_of(r)) for r in rows))
    return int(found) if found is not None else None


def _sourced(session: Session, event_pk: int) -> list[fuse.Sourced]:
    rows = session.execute(
        select(EventReportRow, ArticleRow.published, ArticleRow.site)
        .join(ArticleRow, ArticleRow.id == EventReportRow.article_id)
        .where(EventReportRow.event_pk == event_pk).order_by(EventReportRow.id)).all()
    return [fuse.Sourced(report_of(row), row.article_id, published, site)
            for row, published, site in rows]


def _refresh(session: Session, event_pk: int, article_id: int, now: datetime) -> None:
    row = session.get(EventRow, event_pk)
    if row is None:
        return
    items = _sourced(session, event_pk)
    if not items:
        if not row.withdrawn:
            row.withdrawn = True
            row.updated_at = now
            session.add(EventChangeRow(event_pk=event_pk, at=now, article_id=article_id,
                                       field="withdrawn", old="False", new="True"))
        return
    old = event_of(row)
    new = fuse.reconcile(items)
    changes = old.changes(new)
    if row.withdrawn:
        row.withdrawn = False
        changes.append(("withdrawn", "True", "False"))
    for name, before, after in changes:
        session.add(EventChangeRow(event_pk=event_pk, at=now, article_id=article_id,
                                   field=name, old=before, new=after))
    if changes:
        for key, value in _event_values(new).items():
            setattr(row, key, value)
        row.updated_at = now


def filtered(query: Select[Any], where: EventFilter) -> Select[Any]:
    """Apply a filter's database-side conditions (``near`` is applied by the caller)."""
    query = query.where(EventRow.withdrawn.is_(False))
    if where.country:
        query = query.where(func.upper(EventRow.country) == where.country.upper())
    if where.admin1:
        query = query.where(func.lower(EventRow.admin1).like(f"%{where.admin1.lower()}%"))
    if where.event_type:
        wanted = where.event_type.lower()
        query = query.where(or_(func.lower(EventRow.event_type) == wanted,
                                func.lower(EventRow.sub_event_type) == wanted))
    if where.actor:
        pattern = f"%{where.actor.lower()}%"
        query = query.where(or_(func.lower(EventRow.actor1).like(pattern),
                                func.lower(EventRow.actor2).like(pattern)))
    if where.since:
        query = query.where(EventRow.date_end >= where.since)
    if where.until:
        query = query.where(EventRow.date_start <= where.until)
    if where.min_fatalities is not None:
        query = query.where(EventRow.fatalities >= where.min_fatalities)
    if where.near:
        lat, _, km = where.near
        # A box around the point first (a degree of latitude is 111 km), the exact test after.
        dlat = km / 111.0
        query = query.where(and_(EventRow.latitude.between(lat - dlat, lat + dlat),
                                 EventRow.longitude.is_not(None)))
    return query


def near_enough(row: EventRow, where: EventFilter) -> bool:
    if where.near is None:
        return True
    lat, lon, km = where.near
    if row.latitude is None or row.longitude is None:
        return False
    return fuse.distance_km(lat, lon, row.latitude, row.longitude) <= km


def view_of(row: EventRow) -> EventView:
    return EventView(row.event_id or str(row.id), event_of(row), row.created_at, row.updated_at,
                     row.withdrawn)


def events(session: Session, where: EventFilter, *, limit: int | None = 50,
           order: str = "date") -> list[EventView]:
    query = filtered(select(EventRow), where)
    if order == "fatalities":
        query = query.order_by(EventRow.fatalities.desc(), EventRow.sources.desc(),
                               EventRow.date_start.desc(), EventRow.id)
    else:
        query = query.order_by(EventRow.date_start.desc(), EventRow.id)
    out: list[EventView] = []
    for row in session.execute(query).scalars():
        if near_enough(row, where):
            out.append(view_of(row))
            if limit is not None and len(out) >= limit:
                break
    return out


def event(session: Session, event_id: str) -> EventView:
    row = session.execute(select(EventRow).where(EventRow.event_id == event_id)).scalar()
    if row is None:
        raise NotFoundError(f"no event {event_id!r}")
    reports = list(report_views(session, EventReportRow.event_pk == row.id))
    changes = list(session.execute(select(EventChangeRow).where(EventChangeRow.event_pk == row.id)
                                   .order_by(EventChangeRow.id)).scalars())
    names = tuple(dict.fromkeys(r.source or r.doc_id for r in reports))
    return replace(view_of(row), reports=reports, changes=changes, source_names=names)


def report_views(session: Session, *conditions: Any) -> Iterator[ReportView]:
    query = (select(EventReportRow, DocumentRow.external_id, EventRow.event_id, ArticleRow.title,
                    DocumentRow.url, DocumentRow.source, ArticleRow.published)
             .join(ArticleRow, ArticleRow.id == EventReportRow.article_id)
             .join(DocumentRow, DocumentRow.id == ArticleRow.document_id)
             .outerjoin(EventRow, EventRow.id == EventReportRow.event_pk)
             .where(*conditions).order_by(EventReportRow.id))
    for row, doc_id, event_id, title, url, source, published in session.execute(query):
        yield ReportView(report_of(row), doc_id, row.article_id, event_id, title, url, source,
                         published)


def provenance(session: Session, event_pks: list[int]) -> dict[int, tuple[list[str], str]]:
    """Each event's sources (publisher or document id) and its most confident evidence."""
    names: dict[int, list[str]] = {}
    notes: dict[int, tuple[float, str]] = {}
    rows = session.execute(
        select(EventReportRow.event_pk, DocumentRow.source, DocumentRow.external_id,
               EventReportRow.confidence, EventReportRow.evidence)
        .join(ArticleRow, ArticleRow.id == EventReportRow.article_id)
        .join(DocumentRow, DocumentRow.id == ArticleRow.document_id)
        .where(EventReportRow.event_pk.in_(event_pks)).order_by(EventReportRow.id))
    for event_pk, source, external_id, confidence, evidence in rows:
        if event_pk is None:
            continue
        listed = names.setdefault(event_pk, [])
        name = source or external_id
        if name not in listed:
            listed.append(name)
        if event_pk not in notes or confidence > notes[event_pk][0]:
            notes[event_pk] = (confidence, evidence)
    return {pk: (names[pk], notes[pk][1]) for pk in names}
