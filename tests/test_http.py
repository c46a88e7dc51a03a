"""Pages and feeds over HTTP: polite, safe, and never fetched twice for nothing."""

from __future__ import annotations

import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from sitrep import Settings, Store, ingest, load_settings
from sitrep.ingest import Fetcher
from sitrep.ingest.http import Validators

from .conftest import as_page, record

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title>
<link>http://127.0.0.1/x</link></item></channel></rss>"""


def _reasons(report: object) -> list[str]:
    return [r.reason for r in report.rejections]  # type: ignore[attr-defined]


def test_page_url_is_fetched_and_stored(httpserver: HTTPServer, store: Store,
                                        settings: Settings) -> None:
    httpserver.expect_request("/a.html").respond_with_data(
        as_page(record("re3d-b2e5f55f5d7e")), content_type="text/html")
    report = ingest([httpserver.url_for("/a.html")], store=store, settings=settings)
    assert report.stored == 1
    assert store.article(httpserver.url_for("/a.html")).title == (
        "Lt. Gen. Townsend statement on SDF advance to isolate Raqqah")


def test_feed_url_stores_each_entry_page_once(news_site: HTTPServer, store: Store,
                                              settings: Settings) -> None:
    first = ingest([news_site.url_for("/feed.xml")], store=store, settings=settings)
    assert first.stored == 4 and not first.rejections
    requests_before = len(news_site.log)
    second = ingest([news_site.url_for("/feed.xml")], store=store, settings=settings)
    assert second.stored == 0
    fetched_again = [req.path for req, _ in news_site.log[requests_before:]
                     if req.path != "/robots.txt"]
    assert fetched_again == ["/feed.xml"]  # entries already stored are not refetched


def test_unchanged_page_is_not_downloaded_again(httpserver: HTTPServer, store: Store,
                                                settings: Settings) -> None:
    page = as_page(record("re3d-b2e5f55f5d7e"))
    httpserver.expect_request("/p.html", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304)
    httpserver.expect_request("/p.html").respond_with_data(
        page, content_type="text/html", headers={"ETag": '"v1"'})
    url = httpserver.url_for("/p.html")
    assert ingest([url], store=store, settings=settings).stored == 1
    second = ingest([url], store=store, settings=settings)
    assert (second.stored, second.unchanged, second.rejections) == (0, 0, [])
    assert httpserver.log[-1][1].status_code == 304


def test_robots_txt_is_respected(news_site: HTTPServer, store: Store,
                                 settings: Settings) -> None:
    news_site.expect_request("/private/a.html").respond_with_data("<p>secret</p>")
    report = ingest([news_site.url_for("/private/a.html")], store=store, settings=settings)
    assert _reasons(report) == ["robots_disallowed"]


def test_loopback_addresses_are_refused_unless_allowed(httpserver: HTTPServer, store: Store,
                                                       db_url: str) -> None:
    strict = load_settings(db=db_url, rate_limit_seconds=0)
    report = ingest([httpserver.url_for("/a.html")], store=store, settings=strict)
    assert _reasons(report) == ["blocked_address"]
    assert len(httpserver.log) == 0


def test_redirect_loop_is_stopped(httpserver: HTTPServer, store: Store,
                                  settings: Settings) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302,
                                                      headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302,
                                                      headers={"Location": "/a"})
    report = ingest([httpserver.url_for("/a")], store=store, settings=settings)
    assert _reasons(report) == ["too_many_redirects"]


def test_slow_server_times_out(httpserver: HTTPServer, store: Store, db_url: str) -> None:
    def slow(_request: Request) -> Response:
        time.sleep(1.5)
        return Response("<p>late</p>", content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    quick = load_settings(db=db_url, rate_limit_seconds=0, http_timeout=0.3,
                          allow_hosts=["127.0.0.1", "localhost"], respect_robots=False)
    report = ingest([httpserver.url_for("/slow")], store=store, settings=quick)
    assert _reasons(report) == ["fetch_timeout"]


def test_oversized_response_is_cut_off(httpserver: HTTPServer, store: Store,
                                       db_url: str) -> None:
    small = load_settings(db=db_url, rate_limit_seconds=0, max_document_bytes=10_000,
                          allow_hosts=["127.0.0.1"])
    httpserver.expect_request("/big").respond_with_data("<p>" + "x" * 50_000 + "</p>",
                                                        content_type="text/html")
    report = ingest([httpserver.url_for("/big")], store=store, settings=small)
    assert _reasons(report) == ["too_large"]


def test_missing_page_and_bad_scheme_are_reported(httpserver: HTTPServer, store: Store,
                                                  settings: Settings) -> None:
    report = ingest([httpserver.url_for("/nope"), "ftp://example.org/file"], store=store,
                    settings=settings)
    assert _reasons(report) == ["not_found", "bad_url"]


@pytest.mark.parametrize(("body", "reason"), [
    ("<?xml version='1.0'?><rss version='2.0'><channel><item><title>x</ti", "malformed_feed"),
    (BOMB, "xml_entities"),
])
def test_hostile_or_broken_feeds_are_rejected(httpserver: HTTPServer, store: Store,
                                              settings: Settings, body: str, reason: str) -> None:
    httpserver.expect_request("/feed").respond_with_data(body, content_type="application/rss+xml")
    report = ingest([httpserver.url_for("/feed")], store=store, settings=settings)
    assert _reasons(report) == [reason]


def test_requests_to_one_host_are_spaced_by_the_rate_limit(httpserver: HTTPServer,
                                                           db_url: str) -> None:
    httpserver.expect_request("/x").respond_with_data("ok")
    waits: list[float] = []
    polite = load_settings(db=db_url, rate_limit_seconds=2.0, allow_hosts=["127.0.0.1"],
                           respect_robots=False)
    with Fetcher(polite, sleep=waits.append) as fetcher:
        fetcher.get(httpserver.url_for("/x"))
        fetcher.get(httpserver.url_for("/x"), validators=Validators())
    assert len(waits) == 1 and 1.5 < waits[0] <= 2.0
