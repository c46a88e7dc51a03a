"""Ingest: every kind of input, and bad input that is rejected with a reason, never a crash."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep import Settings, Store, ingest

from .conftest import SEED_MONITOR, SEED_ROUNDUP, as_page, record, sample_records


def _warc(path: Path, pages: list[tuple[str, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, page in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(page.encode("utf-8")), http_headers=headers))
    data = buffer.getvalue()
    path.write_bytes(data)
    return data


def _reasons(report: object) -> list[str]:
    return [r.reason for r in report.rejections]  # type: ignore[attr-defined]


def test_directory_is_ingested_recursively(tmp_path: Path, store: Store,
                                           settings: Settings) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "seed.txt").write_bytes(SEED_MONITOR.read_bytes())
    (tmp_path / "a" / "b" / "page.html").write_text(as_page(record("re3d-b2e5f55f5d7e")))
    (tmp_path / "a" / "b" / "notes.docx").write_bytes(b"PK\x03\x04 not ours")
    report = ingest([str(tmp_path / "a")], store=store, settings=settings)
    assert report.stored == 2 and not report.rejections


def test_jsonl_records_keep_their_id_title_and_date(tmp_path: Path, store: Store,
                                                    settings: Settings) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in sample_records("wikinews")) + "\n")
    ingest([str(path)], store=store, settings=settings)
    view = store.article("wn-41d7016a23")
    assert view.title == "Iraqi Parliament votes for expulsion of United States troops"
    assert view.published_text == "2020-01-06"


def test_jsonl_month_precision_date_is_kept_as_a_month(tmp_path: Path, store: Store,
                                                       settings: Settings) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(record("re3d-001c9c3f3dfe")) + "\n")
    ingest([str(path)], store=store, settings=settings)
    assert store.article("re3d-001c9c3f3dfe").published_text == "2016-05"


def test_bad_jsonl_lines_are_rejected_alone(tmp_path: Path, store: Store,
                                            settings: Settings) -> None:
    good = record("re3d-b2e5f55f5d7e")
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([
        "{not json",
        json.dumps({"title": "no id", "text": good["text"]}),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "bad-date", "published": "last Tuesday", "text": good["text"]}),
        json.dumps(good),
    ]) + "\n")
    report = ingest([str(path)], store=store, settings=settings)
    assert report.stored == 1
    assert _reasons(report) == ["invalid_record"] * 4
    assert "published" in report.rejections[3].message


def test_warc_html_responses_become_documents(tmp_path: Path, store: Store,
                                              settings: Settings) -> None:
    pages = [(f"https://news.example/{r['id']}", as_page(r))
             for r in sample_records("us_state_department")[:3]]
    _warc(tmp_path / "crawl.warc.gz", pages)
    report = ingest([str(tmp_path / "crawl.warc.gz")], store=store, settings=settings)
    assert report.stored == 3
    assert store.article(pages[0][0]).url == pages[0][0]


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path: Path, store: Store,
                                                         settings: Settings) -> None:
    pages = [(f"https://news.example/{r['id']}", as_page(r))
             for r in sample_records("us_state_department")[:3]]
    data = _warc(tmp_path / "full.warc.gz", pages)
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
    report = ingest([str(tmp_path / "cut.warc.gz")], store=store, settings=settings)
    assert report.stored == 2
    assert _reasons(report) == ["warc_truncated"]


def test_each_kind_of_bad_file_gets_its_reason_and_the_batch_goes_on(
        tmp_path: Path, store: Store, settings: Settings) -> None:
    (tmp_path / "junk.html").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"   \n\n  ")
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a 50 MB file
    (tmp_path / "short.txt").write_text("Sign in\n")
    report = ingest(
        [str(tmp_path / n) for n in ("junk.html", "empty.txt", "blank.txt", "huge.txt",
                                     "short.txt", "missing.txt")] + [str(SEED_ROUNDUP)],
        store=store, settings=settings,
    )
    assert _reasons(report) == ["binary", "empty", "empty", "too_large", "no_text", "not_found"]
    assert report.stored == 1
    assert store.stats().rejections == {"binary": 1, "empty": 2, "too_large": 1, "no_text": 1,
                                        "not_found": 1}


def test_text_in_a_legacy_encoding_is_decoded(tmp_path: Path, store: Store,
                                              settings: Settings) -> None:
    text = ("Les forces irakiennes ont repris Qaïm après des combats à la frontière, a déclaré "
            "le commandement des opérations conjointes à Bagdad, selon un communiqué publié "
            "jeudi soir et repris par la télévision d'État.")
    (tmp_path / "latin1.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    report = ingest([str(tmp_path / "latin1.txt"), str(tmp_path / "utf16.txt")], store=store,
                    settings=settings)
    assert report.stored == 2 and report.duplicates == 1
    assert "Qaïm" in store.article(str((tmp_path / "latin1.txt").resolve())).text
    assert store.stats().non_english == 2


def test_html_with_a_wrong_declared_charset_is_still_read(tmp_path: Path, store: Store,
                                                          settings: Settings) -> None:
    rec = record("re3d-b2e5f55f5d7e")
    page = as_page(rec).replace("charset='utf-8'", "charset='utf-8'").replace(
        "</article>", "<p>Déclaration à Raqqa, réaction à Mossoul.</p></article>")
    (tmp_path / "page.html").write_bytes(page.encode("cp1252", errors="replace"))
    report = ingest([str(tmp_path / "page.html")], store=store, settings=settings)
    assert report.stored == 1
    assert "Déclaration à Raqqa" in store.article(str((tmp_path / "page.html").resolve())).text
