"""The analysis through the sitrep command: process, places, actors, marked articles, exports."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from .conftest import SEED_MONITOR, SEED_ROUNDUP
from .test_cli import run


def seeds_as_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "seeds.jsonl"
    lines = [json.dumps({"id": f"seed-{p.stem[:3]}", "text": p.read_text(encoding="utf-8"),
                         "published": "2018-07-01", "source": "seeds"})
             for p in (SEED_MONITOR, SEED_ROUNDUP)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def export_mentions(runner: CliRunner, env: dict[str, str]) -> list[dict[str, object]]:
    code, out, _ = run(runner, env, "export", "--what", "mentions", "--format", "jsonl")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_ingest_analyses_and_dates_resolve_against_the_jsonl_publication_date(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    code, out, _ = run(runner, cli_env, "ingest", str(seeds_as_jsonl(tmp_path)))
    assert code == 0 and "analysed 2 articles" in out
    rows = export_mentions(runner, cli_env)
    dates = {(r["doc_id"], r["text"]): r for r in rows if r["kind"] == "date"}
    assert dates[("seed-000", "June 17")]["resolved_id"] == "2018-06-17"
    assert dates[("seed-000", "June 17")]["time_precision"] == 1
    assert dates[("seed-000", "Nov. 5, 2017")]["resolved_id"] == "2017-11-05"
    qaim = [r for r in rows if r["kind"] == "place" and r["text"] == "Qaim"]
    assert qaim and all(r["name"] == "Al Qā’im" and r["country"] == "IQ"
                        and r["admin1"] == "Anbar" and r["geo_precision"] == 1 for r in qaim)
    keys = {"doc_id", "kind", "start", "end", "text", "resolved_id", "name", "lat", "lon",
            "country", "admin1"}
    assert all(keys <= r.keys() for r in rows)


def test_plain_text_seed_resolves_full_dates_and_dates_at_most_three_months_past_them(
        runner: CliRunner, cli_env: dict[str, str]) -> None:
    assert run(runner, cli_env, "ingest", str(SEED_MONITOR))[0] == 0
    dates = [r for r in export_mentions(runner, cli_env) if r["kind"] == "date"]
    nov_5 = [r for r in dates if r["text"] == "Nov. 5, 2017"]
    assert nov_5 and nov_5[0]["resolved_id"] == "2017-11-05" and not nov_5[0]["inferred"]
    for r in dates:
        if r["date_end"] is not None:  # at most three months past the last date it states
            assert str(r["date_start"]) <= "2018-02-17"
        if r["text"] == "June 17":
            assert r["resolved_id"] is None or (r["inferred"] and r["precision"] == "day")


def test_no_process_then_process_analyses_only_what_is_new(
        runner: CliRunner, cli_env: dict[str, str]) -> None:
    code, out, _ = run(runner, cli_env, "ingest", "--no-process", str(SEED_MONITOR))
    assert code == 0 and "analysed" not in out
    assert export_mentions(runner, cli_env) == []
    code, out, _ = run(runner, cli_env, "process", "--json")
    first = json.loads(out)
    assert code == 0 and first["analysed"] == 1 and first["mentions"] > 50
    assert json.loads(run(runner, cli_env, "process", "--json")[1])["analysed"] == 0
    again = json.loads(run(runner, cli_env, "process", "--all", "--json")[1])
    assert again["analysed"] == 1 and again["mentions"] == first["mentions"]
    assert len(export_mentions(runner, cli_env)) == first["mentions"]  # redone, not doubled


def test_places_and_actors_list_what_was_found_with_counts(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    run(runner, cli_env, "ingest", str(seeds_as_jsonl(tmp_path)))
    code, out, _ = run(runner, cli_env, "places", "--country", "SY", "--json")
    assert code == 0
    syria = {r["name"]: r for r in json.loads(out)}
    assert {"Ālbū Kamāl", "Al Mayādīn", "Al Hurī", "Tadmur"} <= syria.keys()
    assert all(r["country"] == "SY" for r in syria.values())
    code, out, _ = run(runner, cli_env, "actors", "--json")
    actors = {r["ref"]: r for r in json.loads(out)}
    assert actors["islamic-state"]["articles"] == 2 and actors["islamic-state"]["mentions"] > 20
    assert actors["iq-pmu-kataeb-al-hamza"]["actor_type"] == "state forces"
    code, out, _ = run(runner, cli_env, "places")
    assert code == 0 and "Al Qā’im" in out


def test_articles_show_marks_the_mentions_in_the_text(
        runner: CliRunner, cli_env: dict[str, str]) -> None:
    run(runner, cli_env, "ingest", str(SEED_MONITOR))
    code, out, _ = run(runner, cli_env, "articles", "show", "1")
    assert code == 0
    assert "[Qaim → Al Qā’im, Anbar, IQ; town]" in out
    assert "[Nov. 5, 2017 → 2017-11-05]" in out
    assert "[Kataeb al-Hamza → Military Forces of Iraq - Popular Mobilization Forces - " \
        "Kataeb al-Hamza (state forces)]" in out


def test_places_before_any_analysis_says_how_to_get_some(
        runner: CliRunner, cli_env: dict[str, str]) -> None:
    code, out, _ = run(runner, cli_env, "places")
    assert code == 0 and "no places found yet: run sitrep process" in out
