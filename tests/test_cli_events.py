"""Events through the sitrep command: listing, filters, show, exports, stable ids."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from sitrep.events.export import ACLED_COLUMNS

from .test_cli import run
from .test_cli_analysis import seeds_as_jsonl


def ingest_seeds(runner: CliRunner, env: dict[str, str], tmp_path: Path) -> None:
    code, _, _ = run(runner, env, "ingest", str(seeds_as_jsonl(tmp_path)))
    assert code == 0


def ingest_records(runner: CliRunner, env: dict[str, str], tmp_path: Path,
                   records: list[dict[str, str]]) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, _, _ = run(runner, env, "ingest", str(path))
    assert code == 0


def events_json(runner: CliRunner, env: dict[str, str], *args: str) -> list[dict[str, object]]:
    code, out, _ = run(runner, env, "events", "--json", "--limit", "1000", *args)
    assert code == 0
    return list(json.loads(out))


def test_qaim_retaken_is_one_event_with_both_seeds_as_sources(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    ingest_seeds(runner, cli_env, tmp_path)
    retaken = [e for e in events_json(runner, cli_env, "--type", "Government regains territory")
               if e["location"] == "Al Qā’im"]
    assert len(retaken) == 1
    [event] = retaken
    assert event["source_count"] == 2 and event["event_date"] == "2017-11-03"
    assert event["actor1"] == "Military Forces of Iraq" and event["actor2"] == "Islamic State"
    code, out, _ = run(runner, cli_env, "events", "show", str(event["event_id"]))
    assert code == 0
    assert "with the latter being retaken on Nov. 5, 2017" in out
    assert "was proclaimed liberated Nov. 3" in out and "2 independent" in out


def test_near_al_qaim_lists_the_border_events_and_filters_combine(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    ingest_seeds(runner, cli_env, tmp_path)
    near = events_json(runner, cli_env, "--near", "Al Qaim", "--km", "50")
    places = {e["location"] for e in near}
    assert {"Al Qā’im", "Al Hurī", "Ālbū Kamāl"} <= places and "Rāwah" not in places
    strikes = events_json(runner, cli_env, "--near", "Qaim", "--km", "50", "--type",
                          "Air/drone strike", "--min-fatalities", "2")
    assert {(e["location"], e["fatalities"]) for e in strikes} == {("Al Hurī", 3),
                                                                  ("Al Qā’im", 2)}
    [qaim_strike] = [e for e in strikes if e["location"] == "Al Qā’im"]
    assert qaim_strike["event_date"] == "2017-10-26" and qaim_strike["reports"] == 2
    assert events_json(runner, cli_env, "--country", "SY", "--since", "2018-01-01",
                       "--actor", "unidentified")[0]["location"] == "Al Hurī"
    code, _, err = run(runner, cli_env, "events", "--near", "Nowhereville Zzz")
    assert code == 1 and "no place called" in err


def test_acled_csv_has_acled_columns_and_geojson_has_points(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    ingest_seeds(runner, cli_env, tmp_path)
    code, out, _ = run(runner, cli_env, "export", "--what", "events", "--format", "acled-csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    [rawa] = [r for r in rows if r["location"] == "Rāwah"]
    assert rawa["event_date"] == "2017-11-17" and rawa["country"] == "Iraq"
    assert rawa["event_id_cnty"].startswith("IRQ") and rawa["interaction"] == "12"
    assert rawa["geo_precision"] == "1" and rawa["time_precision"] == "1"
    assert rawa["source"] == "seeds" and "retaken by Iraqi forces" in rawa["notes"]
    out_file = tmp_path / "events.geojson"
    code, _, _ = run(runner, cli_env, "export", "--what", "events", "--format", "geojson",
                     "-o", str(out_file))
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == len(rows)
    assert all(len(f["geometry"]["coordinates"]) == 2 for f in data["features"])
    parquet = tmp_path / "events.parquet"
    code, _, _ = run(runner, cli_env, "export", "--what", "events", "--format", "parquet",
                     "-o", str(parquet))
    assert code == 0 and parquet.read_bytes()[:4] == b"PAR1"
    code, _, err = run(runner, cli_env, "export", "--what", "mentions", "--format", "geojson")
    assert code == 2 and "is for --what events" in err


def test_event_reports_export_carries_doc_id_event_id_and_evidence(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    ingest_seeds(runner, cli_env, tmp_path)
    code, out, _ = run(runner, cli_env, "export", "--what", "event-reports")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    [heri] = [r for r in lines if r["location"] == "Al Hurī"]
    assert heri["doc_id"] == "seed-000" and heri["event_id"].startswith("SYR")
    assert heri["event_date"] == "2018-06-17" and heri["fatalities"] == 3
    assert heri["evidence"].startswith("When still-unidentified aircraft struck a base June 17")
    assert heri["trigger"] == "struck" and 0 < heri["confidence"] <= 1
    assert {"actor1", "inter1", "actor2", "inter2", "sub_event_type", "geo_precision",
            "time_precision", "coder_version"} <= set(heri)


def test_processing_again_keeps_event_ids_and_counts(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    ingest_seeds(runner, cli_env, tmp_path)
    before = {(e["event_id"], e["location"], e["event_date"], e["reports"])
              for e in events_json(runner, cli_env)}
    code, _, _ = run(runner, cli_env, "process", "--all")
    assert code == 0
    after = {(e["event_id"], e["location"], e["event_date"], e["reports"])
             for e in events_json(runner, cli_env)}
    assert before == after
    code, out, _ = run(runner, cli_env, "ingest", str(seeds_as_jsonl(tmp_path)))
    assert code == 0 and "0 rejected" in out
    assert {e["event_id"] for e in events_json(runner, cli_env)} == {b[0] for b in before}


def test_events_before_any_analysis_says_how_to_get_some(
        runner: CliRunner, cli_env: dict[str, str]) -> None:
    code, out, _ = run(runner, cli_env, "events")
    assert code == 0 and "none coded yet" in out
    code, _, err = run(runner, cli_env, "events", "show", "IRQ999")
    assert code == 1 and "no event 'IRQ999'" in err


def test_two_nearby_towns_in_one_release_stay_two_events(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    release = {"id": "strikes-1", "published": "2017-01-09", "text": (
        "On Jan. 8, Coalition military forces conducted 2 strikes against ISIL terrorists.\n"
        "Iraq\n"
        "*  Near Mosul, one strike destroyed an ISIL tank.\n"
        "*  Near Tall Kayf, one strike destroyed an ISIL mortar system.\n")}
    ingest_records(runner, cli_env, tmp_path, [release])
    # The towns are 17 km apart, within the 25 km that joins reports from different articles.
    events = events_json(runner, cli_env, "--type", "Air/drone strike")
    assert sorted(e["location"] for e in events) == ["Mosul", "Tallkayf"]
    assert all(e["event_date"] == "2017-01-08" for e in events)


def test_undated_strike_lines_of_releases_on_different_days_stay_apart(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    line = "Iraq\n- Near Mosul, three strikes destroyed 17 ISIL fighting positions and a tunnel.\n"
    releases = [  # each text states no date: each is dated to the week before its release
        {"id": "r-monday", "published": "2016-01-04", "url": "https://www.centcom.mil/a",
         "text": line},
        {"id": "r-thursday", "published": "2016-01-07", "url": "https://www.centcom.mil/b",
         "text": line.replace("three", "two").replace("a tunnel", "a bridge")},
        {"id": "r-wire", "published": "2016-01-07", "url": "https://news.example.org/c",
         "text": "Coalition jets struck Islamic State positions near Mosul in northern Iraq, "
                 "destroying a bridge used by the militants, a military spokesman said."},
    ]
    ingest_records(runner, cli_env, tmp_path, releases)
    events = events_json(runner, cli_env, "--near", "Mosul", "--km", "25")
    # Monday's strike and Thursday's are two; Thursday's told twice that day is one.
    assert sorted(e["source_count"] for e in events) == [1, 2]


def test_gunmen_later_named_by_a_claim_are_one_event_and_more_dead_are_another(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    statement = {"id": "statement-1", "published": "2017-01", "text": (
        "We condemn in the strongest possible terms terrorist attacks this weekend in Baghdad. "
        "On Saturday, Dae'sh claimed dual attacks in the commercial area of the Al-Sinek "
        "neighborhood in Baghdad which killed at least 28 people. Today, multiple attacks, also "
        "claimed by Da'esh, have killed at least 35 more innocent civilians.")}
    ingest_records(runner, cli_env, tmp_path, [statement])
    events = events_json(runner, cli_env, "--country", "IQ")
    # The terrorists of the first sentence are the Dae'sh of the second; the 35 more dead are
    # other attacks, whose toll is not the one told before.
    assert sorted((e["actor1"], e["fatalities"]) for e in events) == [
        ("Islamic State", 28), ("Islamic State", 35)]


def test_an_attack_on_an_embassy_and_the_rockets_fired_at_it_that_week_are_one_shelling(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    story = {"id": "wn-embassy", "published": "2020-01-05", "text": (
        "The United States pointed to the December 31 attack on the United States Embassy in "
        "Baghdad as an example.\n\nThe general also approved the attacks on the U.S. Embassy "
        "in Baghdad that took place this week.")}
    ingest_records(runner, cli_env, tmp_path, [story])
    [event] = events_json(runner, cli_env, "--country", "IQ")
    assert (event["sub_event_type"], event["event_date"]) == ("Attack", "2019-12-31")
    rockets = {"id": "wn-rockets", "published": "2020-01-05", "text": (
        "Rocket attacks on the U.S. Embassy in Baghdad took place this week, officials said.")}
    ingest_records(runner, cli_env, tmp_path, [rockets])
    [event] = events_json(runner, cli_env, "--country", "IQ")
    assert (event["sub_event_type"], event["event_date"], event["location"]) == (
        "Shelling/artillery/missile attack", "2019-12-31", "Baghdad")


def test_a_death_told_without_its_means_is_one_event_with_the_blast_that_caused_it(
        runner: CliRunner, cli_env: dict[str, str], tmp_path: Path) -> None:
    release = {"id": "dod-1", "published": "2016-11-26", "text": (
        "The Defense Department has identified the American service member who was killed in "
        "Syria on Thanksgiving Day.\n\nNavy Chief Petty Officer John Smith, 42, died Nov. 24 in "
        "northern Syria of wounds sustained in an improvised explosive device blast.")}
    ingest_records(runner, cli_env, tmp_path, [release])
    [event] = events_json(runner, cli_env, "--country", "SY")
    assert (event["sub_event_type"], event["event_date"], event["fatalities"]) == (
        "Remote explosive/landmine/IED", "2016-11-24", 1)
    assert event["actor2"] == "Military Forces of the United States"
