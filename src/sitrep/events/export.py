"""Events and event reports as ACLED-style CSV, GeoJSON, JSON lines and Parquet.

The CSV uses ACLED's column names, so analysts can load it where they load ACLED data. The
JSON line of an event report (:func:`report_json`) is a public contract, documented in the
README.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from sitrep.errors import ConfigError
from sitrep.events.fuse import Event
from sitrep.records import EventActor, EventReport

#: ACLED's columns, in ACLED's order.
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                 "assoc_actor_2", "inter2", "interaction", "country", "admin1", "admin2",
                 "location", "latitude", "longitude", "geo_precision", "source", "notes",
                 "fatalities")


def _name(actor: EventActor | None) -> str:
    return actor.name if actor is not None else ""


def _names(actors: Iterable[EventActor]) -> str:
    return "; ".join(a.name for a in actors)


def acled_row(event_id: str, event: Event, country_name: str, sources: list[str],
              notes: str) -> dict[str, Any]:
    """One event as an ACLED-style row."""
    return {
        "event_id_cnty": event_id,
        "event_date": event.date_start.isoformat() if event.date_start else "",
        "year": event.date_start.year if event.date_start else "",
        "time_precision": event.time_precision or "",
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": _name(event.actor1), "assoc_actor_1": _names(event.assoc_actor_1),
        "inter1": event.actor1.inter if event.actor1 else "",
        "actor2": _name(event.actor2), "assoc_actor_2": _names(event.assoc_actor_2),
        "inter2": event.actor2.inter if event.actor2 else "",
        "interaction": event.interaction if event.interaction is not None else "",
        "country": country_name, "admin1": event.admin1 or "", "admin2": event.admin2 or "",
        "location": event.location or "",
        "latitude": f"{event.lat:.4f}" if event.lat is not None else "",
        "longitude": f"{event.lon:.4f}" if event.lon is not None else "",
        "geo_precision": event.geo_precision or "", "source": "; ".join(sources),
        "notes": notes, "fatalities": event.fatalities,
    }


def write_csv(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _fields(item: Event | EventReport) -> dict[str, Any]:
    """The ACLED fields an event and an event report share, as JSON values."""
    return {
        "event_type": item.event_type, "sub_event_type": item.sub_event_type,
        "actor1": _name(item.actor1) or None,
        "assoc_actor_1": [a.name for a in item.assoc_actor_1],
        "inter1": item.actor1.inter if item.actor1 else None,
        "actor2": _name(item.actor2) or None,
        "assoc_actor_2": [a.name for a in item.assoc_actor_2],
        "inter2": item.actor2.inter if item.actor2 else None,
        "interaction": item.interaction, "country": item.country, "admin1": item.admin1,
        "admin2": item.admin2, "location": item.location, "latitude": item.lat,
        "longitude": item.lon, "geo_precision": item.geo_precision,
        "event_date": item.date_start.isoformat() if item.date_start else None,
        "date_end": item.date_end.isoformat() if item.date_end else None,
        "time_precision": item.time_precision, "fatalities": item.fatalities,
    }


def event_json(event_id: str, event: Event, sources: list[str]) -> dict[str, Any]:
    """One event as a JSON object (the JSON lines export and GeoJSON properties)."""
    return {"event_id": event_id, **_fields(event), "sources": sources,
            "source_count": event.sources, "reports": event.reports,
            "confidence": event.confidence}


def geojson(items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of event JSON objects that have coordinates."""
    features = [{"type": "Feature",
                 "geometry": {"type": "Point", "coordinates": [item["longitude"],
                                                               item["latitude"]]},
                 "properties": item}
                for item in items if item["latitude"] is not None and item["longitude"] is not None]
    return {"type": "FeatureCollection", "features": features}


def write_parquet(items: list[dict[str, Any]], path: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a pinned dependency
        raise ConfigError("Parquet export needs pyarrow (pip install pyarrow)") from exc
    table = pa.Table.from_pylist(items)
    pq.write_table(table, str(path))


def report_json(doc_id: str, event_id: str | None, report: EventReport) -> dict[str, Any]:
    """One line of the event-reports export (a public contract, documented in the README)."""
    return {
        "doc_id": doc_id, "event_id": event_id, **_fields(report),
        "evidence": report.evidence, "evidence_start": report.start,
        "evidence_end": report.end, "trigger": report.trigger,
        "inherited": list(report.inherited), "confidence": report.confidence,
        "coder_version": report.version,
    }


def dumps_geojson(items: Iterable[dict[str, Any]]) -> str:
    return json.dumps(geojson(items), ensure_ascii=False)
