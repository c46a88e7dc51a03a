"""The JSONL input contract: one document a line.

``{"id": str, "url"?: str, "title"?: str, "published"?: ISO-8601 date or datetime,
"source"?: str, "text"?: str, "html"?: str}``; other fields are ignored. ``id`` becomes the
document's external id. A bad line is rejected alone; the rest of the file goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from sitrep.records import Document, Rejection

_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


class JsonlRecord(BaseModel):
    """One validated line of a JSONL input."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=2048)
    url: str | None = None
    title: str | None = None
    published: date | None = None
    published_precision: str = "day"
    source: str | None = None
    text: str | None = None
    html: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _reduced_precision_date(cls, data: object) -> object:
        # ISO 8601 allows "2016-05" and "2016": keep them, with their precision.
        if isinstance(data, dict) and isinstance(data.get("published"), str):
            value = data["published"].strip()
            if _YEAR_MONTH.match(value):
                data = data | {"published": f"{value}-01", "published_precision": "month"}
            elif _YEAR.match(value):
                data = data | {"published": f"{value}-01-01", "published_precision": "year"}
        return data

    @field_validator("published", mode="before")
    @classmethod
    def _date(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
            except ValueError:
                raise ValueError("not an ISO-8601 date or datetime") from None
        return value

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value


def parse_line(line: bytes, origin: str) -> Document:
    """Return the document of one JSONL line; raises ``ValueError`` describing what is wrong."""
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("a line must be a JSON object")
    record = JsonlRecord.model_validate(data)
    if not (record.text or record.html):
        raise ValueError("the record has neither 'text' nor 'html'")
    return Document(
        external_id=record.id,
        raw=line.strip(),
        origin=origin,
        kind="jsonl",
        url=record.url,
        content_type="text/html" if record.html else "text/plain",
        title=record.title,
        published=record.published,
        published_precision=record.published_precision,
        source=record.source,
        text=record.text,
        html=record.html,
    )


def iter_jsonl(path: Path, *, max_bytes: int) -> Iterator[Document | Rejection]:
    """Yield one document (or rejection) per non-blank line of a JSONL file."""
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            origin = f"{path}:{number}"
            if len(line) > max_bytes:
                yield Rejection(origin, "too_large",
                                f"line {number} is {len(line):,} bytes, over the limit")
                continue
            if not line.strip():
                continue
            try:
                yield parse_line(line, origin)
            except UnicodeDecodeError:
                yield Rejection(origin, "invalid_record", f"line {number} is not UTF-8 JSON")
            except json.JSONDecodeError as exc:
                yield Rejection(origin, "invalid_record",
                                f"line {number} is not valid JSON: {exc.msg}")
            except ValidationError as exc:
                err = exc.errors()[0]
                field = ".".join(str(p) for p in err["loc"]) or "record"
                yield Rejection(origin, "invalid_record",
                                f"line {number}: field {field!r}: {err['msg']}")
            except ValueError as exc:
                yield Rejection(origin, "invalid_record", f"line {number}: {exc}")
