"""The sitrep command, as a user types it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from sitrep.cli import main

from .conftest import ROOT, SAMPLE, SEED_MONITOR, SEED_ROUNDUP


def run(runner: CliRunner, env: dict[str, str], *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_ingest_reports_what_it_stored_and_exits_zero(runner: CliRunner,
                                                     cli_env: dict[str, str]) -> None:
    code, out, _ = run(runner, cli_env, "ingest", str(SEED_MONITOR), str(SEED_ROUNDUP))
    assert code == 0
    assert "stored 2 articles (0 copies of earlier ones), 0 unchanged, 0 rejected" in out


def test_ingest_with_a_bad_input_exits_one_with_one_line_per_failure(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "junk.html").write_bytes(b"\x00\x01\x02" * 100)
    code, out, err = run(runner, cli_env, "ingest", str(tmp_path / "junk.html"),
                         str(tmp_path / "nope.txt"), str(SEED_MONITOR))
    assert code == 1
    assert "stored 1 articles" in out
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("error: ") and lines[0].endswith("[binary]")
    assert "no such file or directory" in lines[1] and lines[1].endswith("[not_found]")


def test_unknown_flag_is_a_usage_error(runner: CliRunner, cli_env: dict[str, str]) -> None:
    code, _, err = run(runner, cli_env, "ingest", "--frobnicate", "x")
    assert code == 2
    assert "No such option '--frobnicate'" in err


def test_ingest_without_targets_is_a_usage_error(runner: CliRunner,
                                                 cli_env: dict[str, str]) -> None:
    assert run(runner, cli_env, "ingest")[0] == 2


def test_json_output_is_machine_readable(runner: CliRunner, cli_env: dict[str, str]) -> None:
    code, out, _ = run(runner, cli_env, "ingest", "--json", str(SEED_MONITOR))
    assert code == 0
    assert json.loads(out) == {"stored": 1, "duplicates": 0, "unchanged": 0, "rejected": 0,
                               "rejections": []}


def test_articles_list_show_and_search(runner: CliRunner, cli_env: dict[str, str]) -> None:
    run(runner, cli_env, "ingest", "-q", str(SAMPLE / "wikinews.jsonl"))
    code, out, _ = run(runner, cli_env, "articles", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 5
    assert listed[0]["published"] == "2020-01-06"  # newest first
    code, out, _ = run(runner, cli_env, "articles", "show", "wn-41d7016a23")
    assert code == 0
    assert "Iraqi Parliament votes for expulsion of United States troops" in out
    assert "doc_id wn-41d7016a23" in out
    code, out, _ = run(runner, cli_env, "articles", "search", "--json", "parliament expulsion")
    assert [hit["doc_id"] for hit in json.loads(out)][:1] == ["wn-41d7016a23"]


def test_showing_an_unknown_article_is_a_one_line_error(runner: CliRunner,
                                                        cli_env: dict[str, str]) -> None:
    code, _, err = run(runner, cli_env, "articles", "show", "nope")
    assert code == 1
    assert err.strip() == "error: no article with id or doc_id 'nope'"


def test_stats_counts_rejections_by_reason(runner: CliRunner, cli_env: dict[str, str],
                                           tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    run(runner, cli_env, "ingest", str(tmp_path / "empty.txt"), str(tmp_path / "x.txt"),
        str(SEED_MONITOR))
    code, out, _ = run(runner, cli_env, "stats", "--json")
    stats = json.loads(out)
    assert code == 0
    assert stats["articles"] == 1
    assert stats["rejections"] == {"empty": 1, "not_found": 1}
    code, out, _ = run(runner, cli_env, "stats")
    assert re.search(r"empty\s+│\s+1", out)


def test_export_articles_jsonl_follows_the_public_contract(runner: CliRunner,
                                                           cli_env: dict[str, str],
                                                           tmp_path: Path) -> None:
    run(runner, cli_env, "ingest", "-q", str(SAMPLE / "wikinews.jsonl"))
    code, _, _ = run(runner, cli_env, "export", "--what", "articles", "--format", "jsonl",
                     "--output", str(tmp_path / "out.jsonl"))
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert code == 0 and len(rows) == 5
    for key in ("doc_id", "url", "title", "published", "lang", "text", "duplicate_of"):
        assert key in rows[0]
    assert {r["doc_id"] for r in rows} >= {"wn-41d7016a23"}


def test_db_flag_keeps_databases_side_by_side(runner: CliRunner, cli_env: dict[str, str],
                                              tmp_path: Path) -> None:
    other = f"sqlite:///{tmp_path / 'other.db'}"
    run(runner, cli_env, "ingest", "-q", "--db", other, str(SEED_MONITOR))
    assert json.loads(run(runner, cli_env, "stats", "--json", "--db", other)[1])["articles"] == 1
    assert json.loads(run(runner, cli_env, "stats", "--json")[1])["articles"] == 0


def test_settings_file_is_read_and_environment_beats_it(runner: CliRunner,
                                                        cli_env: dict[str, str],
                                                        tmp_path: Path) -> None:
    (tmp_path / "sitrep.toml").write_text(f'db = "sqlite:///{tmp_path / "toml.db"}"\n'
                                          "min_text_chars = 100000\n")
    env = {k: v for k, v in cli_env.items() if k != "SITREP_DB"}
    code, _, err = run(runner, env, "ingest", str(SEED_MONITOR))
    assert code == 1 and "[no_text]" in err  # the file's min_text_chars applied
    assert (tmp_path / "toml.db").exists()
    code, _, _ = run(runner, env | {"SITREP_MIN_TEXT_CHARS": "10"}, "ingest", str(SEED_MONITOR))
    assert code == 0


def test_bad_setting_is_a_one_line_error(runner: CliRunner, cli_env: dict[str, str]) -> None:
    code, _, err = run(runner, cli_env | {"SITREP_HTTP_TIMEOUT": "soon"}, "stats")
    assert code == 1
    assert err.startswith("error: invalid setting http_timeout")


def test_unusable_database_url_is_a_one_line_error(runner: CliRunner,
                                                   cli_env: dict[str, str]) -> None:
    code, _, err = run(runner, cli_env, "stats", "--db", "sqlite:////no/such/dir/x.db")
    assert code == 1 and err.startswith("error: cannot create database")


def test_sources_add_list_and_poll_a_local_feed(runner: CliRunner, cli_env: dict[str, str],
                                                news_site: HTTPServer) -> None:
    feed = news_site.url_for("/feed.xml")
    code, out, _ = run(runner, cli_env, "sources", "add", feed, "--every", "10m")
    assert code == 0 and "every 10m" in out
    assert run(runner, cli_env, "sources", "add", feed)[0] == 1  # already there
    assert run(runner, cli_env, "sources", "add", feed + "?x", "--every", "soon")[0] == 1
    code, out, _ = run(runner, cli_env, "poll")
    assert code == 0 and "polled 1 due sources" in out and "stored 4 articles" in out
    code, out, _ = run(runner, cli_env, "poll")
    assert "polled 0 due sources" in out  # next poll is due in ten minutes
    listed = json.loads(run(runner, cli_env, "sources", "list", "--json")[1])
    assert listed[0]["stored_total"] == 4 and listed[0]["every_seconds"] == 600
    assert listed[0]["last_status"] == "ok: 4 new"


def test_demo_ingests_the_bundled_sample_corpus(runner: CliRunner,
                                                cli_env: dict[str, str]) -> None:
    code, out, _ = run(runner, cli_env, "demo", "--corpus", str(SAMPLE))
    assert code == 0
    assert "stored 56 articles (0 copies), 0 already stored, 0 rejected" in out
    code, out, _ = run(runner, cli_env, "demo", "--corpus", str(SAMPLE))
    assert "stored 0 articles (0 copies), 56 already stored" in out


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        sub = getattr(command, "commands", None)
        for full in ([f"sitrep {name} {s}" for s in sub] if sub else [f"sitrep {name}"]):
            assert full in readme, f"{full} is missing from the README"
