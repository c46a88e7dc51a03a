"""The extract stage: a :class:`Document` becomes an :class:`Article` (clean text + metadata).

HTML goes through trafilatura; plain text through Sitrep's own boilerplate remover
(:mod:`sitrep.boilerplate`). Metadata the input already gives (JSONL fields, feed entries)
beats what extraction finds. Dates are never invented: trafilatura's date search is limited to
the page's own markup (no guessing from "© 2018" or from the URL alone), and a date in the
future is dropped.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import py3langid
import trafilatura
from lxml import etree
from lxml import html as lxml_html

from sitrep.boilerplate import clean_text
from sitrep.errors import ExtractError
from sitrep.ingest.decoding import decode_text
from sitrep.records import Article, Document

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

#: htmldate options: only the page's own date markup, never a guess from copyright lines.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
#: Language identification reads this much text (it is stable well before that).
LANG_SAMPLE_CHARS = 4000
#: Horizontal white space that reads as one space.
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]{2,}|[\t\u00a0\u2009\u202f]")
#: Extracted bodies shorter than this get a second, recall-oriented trafilatura pass.
RETRY_BELOW_CHARS = 250


def extract(document: Document, *, min_chars: int = 80) -> Article:
    """Return the article in ``document``; raises :class:`ExtractError` when there is none."""
    if document.html is not None or (document.text is None and document.kind == "html"):
        html = document.html if document.html is not None else _decode(document)
        title, text, published, author, site = _from_html(html, url=document.url)
    else:
        raw_text = document.text if document.text is not None else _decode(document)
        cleaned = clean_text(raw_text)
        title, text, published, author, site = cleaned.title, cleaned.text, None, None, None
    # "the U.S.-led  coalition": runs of spaces, tabs and no-break spaces are one space.
    text = _SPACES.sub(" ", text).strip()
    if len(text) < min_chars:
        raise ExtractError(
            f"no article text found ({len(text)} characters of text, {min_chars} needed)",
            reason="no_text",
        )
    return Article(
        title=document.title or title,
        text=text,
        published=document.published or _plausible(published),
        published_precision=document.published_precision if document.published else "day",
        lang=detect_language(text),
        author=author,
        site=site,
    )


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language (py3langid), or None for no text."""
    sample = text[:LANG_SAMPLE_CHARS]
    if not sample.strip():
        return None
    lang, _score = py3langid.classify(sample)
    return str(lang)


def _decode(document: Document) -> str:
    return decode_text(document.raw, declared=document.headers.get("charset"))


def _plausible(value: str | None) -> date | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    return day if date(1990, 1, 1) <= day <= tomorrow else None


def _from_html(
    html: str, *, url: str | None
) -> tuple[str | None, str, str | None, str | None, str | None]:
    result = _trafilatura(html, url=url, favor_recall=False)
    if result is None or len(result.text or "") < RETRY_BELOW_CHARS:
        retry = _trafilatura(html, url=url, favor_recall=True)
        if retry is not None and len(retry.text or "") > len((result.text if result else "") or ""):
            result = retry
    if result is None or not (result.text or "").strip():
        return _plain_html_text(html)
    return result.title, result.text or "", result.date, result.author, result.sitename


def _trafilatura(html: str, *, url: str | None, favor_recall: bool) -> Any:
    """Return trafilatura's document (title, text, date, author, sitename), or None."""
    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=favor_recall,
            date_extraction_params=DATE_PARAMS,
        )
    except (ValueError, etree.LxmlError) as exc:  # trafilatura lets some parser errors through
        logger.debug("trafilatura failed on %s: %s", url, exc)
        return None


def _plain_html_text(html: str) -> tuple[str | None, str, None, None, None]:
    """Return the visible text of markup trafilatura could not handle (fragments, odd pages)."""
    try:
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None, "", None, None, None
    for bad in tree.xpath("//script|//style|//noscript|//nav|//header|//footer"):
        bad.drop_tree()
    title = tree.findtext(".//title")
    text = clean_text("\n\n".join(t.strip() for t in tree.itertext() if t.strip())).text
    return (title.strip() if title else None), text, None, None, None
