"""Shared fixtures: a fresh database per test, the real seeds and sample corpus, a local server."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from sitrep import Settings, Store, load_settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_MONITOR = SEEDS / "000_6a1f9c5f2d805ea5.txt"
SEED_ROUNDUP = SEEDS / "004_a599af55c5aa0dac.txt"
SAMPLE = ROOT / "data" / "sample" / "articles"
FIXTURES = Path(__file__).parent / "fixtures"


def sample_records(name: str = "centcom_cjtf_oir") -> list[dict[str, str]]:
    """Return the records of one bundled sample-corpus file."""
    with (SAMPLE / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def record(doc_id: str) -> dict[str, str]:
    for path in SAMPLE.glob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            data = json.loads(line)
            if data["id"] == doc_id:
                return dict(data)
    raise KeyError(doc_id)


def as_page(rec: dict[str, str]) -> str:
    """Return a sample record as a news web page, with site chrome around the article."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in rec["text"].split("\n") if p.strip())
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(rec['title'])}</title>"
        f"<meta property='article:published_time' content='{rec.get('published') or ''}'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{html.escape(rec['title'])}</h1>{paragraphs}</article>"
        "<footer>Share this story. Subscribe to our newsletter.</footer></body></html>"
    )


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def settings(db_url: str) -> Settings:
    return load_settings(db=db_url, rate_limit_seconds=0, allow_hosts=["127.0.0.1", "localhost"],
                         http_timeout=2.0)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    opened = Store.open(settings.db)
    yield opened
    opened.close()


@pytest.fixture
def cli_env(db_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """Environment for CLI runs: the test database, local hosts allowed, no rate limit."""
    monkeypatch.chdir(tmp_path)
    return {"SITREP_DB": db_url, "SITREP_ALLOW_HOSTS": "127.0.0.1,localhost",
            "SITREP_RATE_LIMIT_SECONDS": "0", "SITREP_HTTP_TIMEOUT": "2"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def news_site(httpserver: HTTPServer) -> HTTPServer:
    """A local news site: sample articles as pages, an RSS feed of them, and a robots.txt."""
    records = [r for r in sample_records("us_state_department")][:4]
    items = []
    for rec in records:
        path = f"/news/{rec['id']}.html"
        httpserver.expect_request(path).respond_with_data(as_page(rec),
                                                          content_type="text/html; charset=utf-8")
        items.append(
            f"<item><title>{html.escape(rec['title'])}</title>"
            f"<link>{httpserver.url_for(path)}</link><guid>{rec['id']}</guid>"
            "<pubDate>Mon, 06 Jan 2020 10:00:00 GMT</pubDate></item>"
        )
    feed = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            "<title>Local news</title><link>http://localhost/</link>"
            f"<description>test</description>{''.join(items)}</channel></rss>")
    httpserver.expect_request("/feed.xml").respond_with_data(feed,
                                                             content_type="application/rss+xml")
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    return httpserver


@pytest.fixture(autouse=True)
def _missing_paths_are_404(httpserver: HTTPServer) -> None:
    """Unregistered paths answer 404 as on a real site (the library default is 500)."""
    httpserver.no_handler_status_code = 404
