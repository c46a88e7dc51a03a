"""Accuracy of the event coder and fusion.

1. Expected events (``bench/data/expected_events.yaml``, written from reading the seeds and the
   whole sample corpus): the texts are ingested into a fresh SQLite store and processed; each
   expected event is paired with a stored event from the same article(s) whose dates overlap
   and whose place is within 100 km (or either is a country-level place in the same country),
   best pairs first. Prints event precision/recall/F1 and, over matched events, field by
   field: type, sub-type, actor 1, actor 2, location within 25 km, date (inside the expected
   range), fatalities (exact).
2. UCDP GED Iraq headlines (``../shared/data/ucdp-ged-iraq``, CC BY 4.0): each case is
   analysed with its source date as the publication date. A case's text is the headlines of
   its sources joined by ";"; they are given one per line, as the headlines they are. Prints
   detection recall (a report at all), side_a / side_b agreement (an actor of the same side
   among the reports), date agreement (a report dated within the UCDP event's dates, a day's
   slack) and location within 25 km, over headlines with a report. UCDP headlines often
   summarise several events and give article totals, so fatalities are not scored there.
3. CENTCOM strike lines (``../shared/data/corpus/centcom_strike_lines_derived``, public
   domain; not used to write the coder): the bullet lines of 92 daily strike releases of
   2014-2016, under "Syria" and "Iraq" headings, without the releases' lead paragraphs, so the
   texts state no date and no attacker. Each "Near X, N strikes ..." line is one air strike at
   X on the days before the release; a line that names ISIL has Islamic State as actor 2 and no
   line reports deaths. The releases are stored and processed together, so strikes near the
   same town in different releases must stay apart. Each line is paired with an event from its
   release at the place it names (the same name, or within 25 km of the place: the gazetteer's
   in the heading's country, else ``bench/data/strike_places.yaml``). Prints recall over lines,
   precision over the events coded from the releases, lines whose event another release's line
   also claims (merged), and field accuracy over paired lines.
4. General news (GeoWebNews' 200 articles, GPL-3.0, and the 181 article bodies of the Zyte
   extraction benchmark, MIT: sport, business, technology, crime, politics, some wars): how
   often Sitrep codes an event from news that is mostly not about political violence, as
   reports per 100 articles, by sub-type. Neither set has event gold or dates; the texts are
   analysed as published on 2018-06-01. ``--show-wrong`` lists the reports, to be read: some
   are real events (a soldier killed in action, a police killing, a nerve agent attack).

    .venv/bin/python bench/events.py [--ucdp-limit N] [--show-wrong] [--skip-ucdp]
                                     [--skip-general]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from sitrep.analyze import Analyzer, Text
from sitrep.config import load_settings
from sitrep.events.fuse import distance_km
from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.geo.names import toponym_key
from sitrep.pipeline import ingest, process
from sitrep.records import EVENT_TYPE_OF
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
UCDP = ROOT.parent / "shared" / "data" / "ucdp-ged-iraq" / "eval_cases_with_headlines.jsonl"
STRIKE_LINES = ROOT.parent / "shared" / "data" / "corpus" / "centcom_strike_lines_derived" / \
    "articles.jsonl"
GEOWEBNEWS = ROOT.parent / "shared" / "data" / "geowebnews" / "GWN.xml"
ZYTE = ROOT.parent / "shared" / "data" / "zyte-article-extraction" / "ground-truth.json"
_HEADINGS = {"Syria": "SY", "Iraq": "IQ"}
_GROUP = re.compile(r"\b(?:ISIL|ISIS|Daesh|Islamic State)\b")
# "- Near Hit, one strike", "- Near Mosul an airstrike struck", "Near Hit in Al Anbar Province,"
_LINE = re.compile(r"^\W*Near (?:Near )?(.+?)(?:,| in [A-Z]| (?:an?|one|two|three|four|five|six|"
                   r"seven|eight|nine|ten|\d+) (?:\w+ )?(?:air)?strikes?\b)")


def _place(gazetteer: Gazetteer, name: str, country: str) -> Place | None:
    """The gold place a name stands for in a country: exact spelling, a town, the largest."""
    places = [p for p in gazetteer.lookup(name) if p.country == country]
    return max(places, key=lambda p: (p.exact, p.kind == "town", p.population), default=None)


def _point(gazetteer: Gazetteer, name: str, country: str) -> tuple[float, float, str]:
    best = _place(gazetteer, name, country)
    if best is None:
        raise LookupError(f"the gazetteer has no {name!r} in {country}")
    return best.lat, best.lon, best.kind


def _stored_events(inputs: Path, tmp: str) -> tuple[dict[str, set[str]], list[tuple[str, Any]]]:
    """Ingest and process a JSONL file into a fresh SQLite store in ``tmp``: the articles
    (external ids) each stored event came from, and the events."""
    settings = load_settings(db=f"sqlite:///{tmp}/bench.db")
    store = Store.open(settings.db)
    ingest([str(inputs)], store=store, settings=settings)
    process(store=store, settings=settings)
    docs: dict[str, set[str]] = defaultdict(set)
    for report in store.iter_event_reports():
        if report.event_id:
            docs[report.event_id].add(report.doc_id)
    system = [(v.event_id, v.event) for v in store.events(limit=None)]
    store.close()
    return docs, system


def _actor_ok(expected: list[str | None], actor: Any) -> bool:
    if actor is None:
        return not expected or None in expected
    return any(e is not None and (actor.name.startswith(e) or e.startswith(actor.name)
                                  or e in actor.name) for e in expected)


def expected_events(show_wrong: bool = False) -> None:
    spec = yaml.safe_load((ROOT / "bench" / "data" / "expected_events.yaml").read_text())
    gazetteer = Gazetteer.open()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "articles.jsonl"
        scored_docs = set(spec["articles"])
        with inputs.open("w", encoding="utf-8") as fh:
            for doc_id, item in spec["articles"].items():
                record = {"id": doc_id, "published": str(item["published"]),
                          "text": (ROOT / item["file"]).read_text(encoding="utf-8")}
                fh.write(json.dumps(record) + "\n")
            if spec.get("sample") == "all":
                for sample in sorted((ROOT / "data" / "sample" / "articles").glob("*.jsonl")):
                    for line in sample.read_text(encoding="utf-8").splitlines():
                        scored_docs.add(json.loads(line)["id"])
                        fh.write(line + "\n")
        docs, system = _stored_events(inputs, tmp)
    matched: dict[str, int] = {}
    fields: dict[str, list[bool]] = defaultdict(list)
    # Pairs an expected event with a coded event from the same article whose dates overlap
    # (3 days' slack) and whose place is within 100 km; pairs are taken best first (nearest,
    # same sub-type), each event in at most one pair.
    golds = []
    pairs: list[tuple[float, int, str]] = []
    for index, gold in enumerate(spec["events"]):
        gold_docs = set(gold["doc"] if isinstance(gold["doc"], list) else [gold["doc"]])
        lat, lon, kind = (*gold["at"], "town") if "at" in gold else \
            _point(gazetteer, gold["place"], gold["country"])
        start, end = date.fromisoformat(str(gold["date"][0])), date.fromisoformat(str(gold["date"][1]))
        golds.append((gold, lat, lon, kind, start, end))
        for event_id, event in system:
            if not docs[event_id] & gold_docs or event.date_start is None or event.date_end is None:
                continue
            if event.date_start > end + timedelta(days=3) or event.date_end < start - timedelta(days=3):
                continue
            far = distance_km(lat, lon, event.lat or 0, event.lon or 0)
            if far > 100 and not ((kind == "country" or event.geo_precision == 3)
                                  and event.country == gold["country"]):
                continue  # a country-level event is found, though its location is not right
            pairs.append((far + (0 if event.sub_event_type == gold["type"] else 50), index, event_id))
    events = dict(system)
    paired: dict[int, str] = {}
    for _, index, event_id in sorted(pairs):
        if index not in paired and event_id not in matched:
            paired[index] = event_id
            matched[event_id] = index
    misses = []
    misfits: list[str] = []
    for index, (gold, lat, lon, kind, start, end) in enumerate(golds):
        if index not in paired:
            misses.append(f"{gold['doc']} {gold['type']} {gold['place']} {gold['date'][0]}")
            continue
        event = events[paired[index]]
        fields["type"].append(event.event_type == EVENT_TYPE_OF[gold["type"]])
        fields["sub-type"].append(event.sub_event_type == gold["type"])
        fields["actor 1"].append(_actor_ok(gold["actor1"], event.actor1))
        fields["actor 2"].append(_actor_ok(gold["actor2"], event.actor2))
        fields["location ≤25 km"].append(
            distance_km(lat, lon, event.lat or 0, event.lon or 0) <= 25
            or (kind == "country" and event.geo_precision == 3 and event.country == gold["country"]))
        fields["date"].append(start <= (event.date_start or date.min)
                              and (event.date_end or date.max) <= end)
        fields["fatalities"].append(event.fatalities == gold["fatalities"])
        wrong = [name for name, values in fields.items() if not values[-1]]
        if show_wrong and wrong:
            misfits.append(f"wrong {', '.join(wrong)}: {gold['doc']} {gold['type']} "
                           f"{gold['place']} {gold['date'][0]} -> {paired[index]} "
                           f"{event.sub_event_type} | {event.actor1} -> {event.actor2} | "
                           f"{event.location} | {event.date_start}..{event.date_end} | "
                           f"{event.fatalities}")
    scored = [e for e, _ in system if docs[e] & scored_docs]
    precision = len(matched) / len(scored) if scored else 0.0
    recall = len(matched) / len(spec["events"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"Expected events: {len(spec['events'])} expected, {len(scored)} coded, "
          f"{len(matched)} matched")
    print(f"| events | P {precision:.3f} | R {recall:.3f} | F1 {f1:.3f} |")
    _print_accuracies("field (over matched events)", fields)
    for miss in misses:
        print(f"missed: {miss}")
    for misfit in misfits:
        print(misfit)
    for event_id, event in system:
        if event_id not in matched and event_id in scored:
            print(f"extra: {event_id} {event.sub_event_type} {event.location} {event.date_start}"
                  f" ({', '.join(sorted(docs[event_id]))})")


def _print_accuracies(heading: str, fields: dict[str, list[bool]]) -> None:
    """A markdown table of each field's accuracy and count."""
    print(f"| {heading} | accuracy | n |")
    print("|---|---|---|")
    for name, values in fields.items():
        print(f"| {name} | {sum(values) / len(values):.3f} | {len(values)} |")


def _side_ok(side: str, reports: list[Any]) -> bool:
    actors = [a for r in reports for a in (r.actor1, r.actor2, *r.assoc_actor_1,
                                           *r.assoc_actor_2) if a is not None]
    if side == "Government of Iraq":
        return any(a.inter == 1 and a.country == "IQ" for a in actors)
    if side == "IS":
        return any(a.ref == "islamic-state" for a in actors)
    if side.startswith("Government of"):
        return any(a.inter in (1, 8) for a in actors)
    return any(side.lower() in a.name.lower() for a in actors)


def ucdp(limit: int | None) -> None:
    cases = [json.loads(line) for line in UCDP.read_text(encoding="utf-8").splitlines()][:limit]
    analyzer = Analyzer(load_settings())
    texts = [Text("\n".join(h.strip() for h in c["text"].split(";")),
                  date.fromisoformat(c["source_date"][:10])) for c in cases]
    detected = 0
    side_a: list[bool] = []
    side_b: list[bool] = []
    dates: list[bool] = []
    places: list[bool] = []
    for case, analysis in zip(cases, analyzer.analyze_many(texts), strict=True):
        reports = analysis.reports
        if not reports:
            continue
        detected += 1
        gold = case["gold"]
        side_a.append(_side_ok(gold["side_a"], reports))
        side_b.append(_side_ok(gold["side_b"], reports))
        start = date.fromisoformat(gold["date_start"]) - timedelta(days=1)
        end = date.fromisoformat(gold["date_end"]) + timedelta(days=1)
        dates.append(any(r.date_start and r.date_end and r.date_start <= end
                         and r.date_end >= start for r in reports))
        places.append(any(r.lat is not None and distance_km(
            gold["latitude"], gold["longitude"], r.lat, r.lon or 0) <= 25 for r in reports))
    n = len(cases)
    print(f"\nUCDP GED Iraq headlines: {n}")
    print("| measure | value | n |")
    print("|---|---|---|")
    print(f"| detection recall | {detected / n:.3f} | {n} |")
    for name, values in (("side_a agreement", side_a), ("side_b agreement", side_b),
                         ("date agreement", dates), ("location ≤25 km", places)):
        print(f"| {name} | {sum(values) / max(1, len(values)):.3f} | {len(values)} |")


def _strike_lines() -> list[tuple[str, str, str, date, bool]]:
    """(release id, place named, heading country, release date, whether it names the group) of
    each strike line. A
    release whose text repeats an earlier one's word for word (the data set has one) is a copy,
    which Sitrep rightly never analyses: its lines are not scored."""
    lines = []
    seen: set[str] = set()
    for record in map(json.loads, STRIKE_LINES.read_text(encoding="utf-8").splitlines()):
        if record["text"] in seen:
            continue
        seen.add(record["text"])
        country = None
        for line in record["text"].splitlines():
            if line.strip() in _HEADINGS:
                country = _HEADINGS[line.strip()]
            elif country and (match := _LINE.match(line)):
                lines.append((record["id"], match.group(1).strip(), country,
                              date.fromisoformat(record["published"]),
                              bool(_GROUP.search(line))))
    return lines


def strike_lines(show_wrong: bool = False) -> None:
    golds = _strike_lines()
    known: dict[str, list[float] | None] = yaml.safe_load(
        (ROOT / "bench" / "data" / "strike_places.yaml").read_text())
    gazetteer = Gazetteer.open()
    releases = {doc for doc, *_ in golds}
    with tempfile.TemporaryDirectory() as tmp:
        docs, stored = _stored_events(STRIKE_LINES, tmp)
    system = dict(stored)
    by_doc: dict[str, list[str]] = defaultdict(list)
    for event_id, names in docs.items():
        for doc in names & releases:
            by_doc[doc].append(event_id)
    paired: dict[int, str] = {}
    taken: set[tuple[str, str]] = set()
    claims: dict[str, set[str]] = defaultdict(set)
    points: list[tuple[float, float] | None] = []
    for index, (doc, name, country, _, _) in enumerate(golds):
        best = _place(gazetteer, name, country)
        point = (best.lat, best.lon) if best else known.get(name)
        points.append((point[0], point[1]) if point else None)
        for event_id in by_doc[doc]:
            event = system[event_id]
            same_name = toponym_key(event.location or "") == toponym_key(name)
            near = points[-1] is not None and event.lat is not None and distance_km(
                points[-1][0], points[-1][1], event.lat, event.lon or 0) <= 25
            if (same_name or near) and (doc, event_id) not in taken:
                paired[index] = event_id
                taken.add((doc, event_id))
                claims[event_id].add(doc)
                break
    fields: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for index, (doc, name, country, published, group) in enumerate(golds):
        if index not in paired:
            misses.append(f"missed: {doc} Near {name} ({country})")
            continue
        event = system[paired[index]]
        fields["sub-type"].append(event.sub_event_type == "Air/drone strike")
        fields["actor 2"].append(event.actor2 is not None and event.actor2.ref == "islamic-state"
                                 if group else event.actor2 is None)
        if not fields["actor 2"][-1]:
            misses.append(f"wrong actor 2: {doc} Near {name} ({country}) -> {event.actor2}")
        fields["date"].append(event.date_start is not None and event.date_end is not None
                              and event.date_start <= published <= event.date_end
                              and (event.date_end - event.date_start).days <= 7)
        fields["fatalities"].append(event.fatalities == 0)
        if points[index] is not None:
            fields["location ≤25 km"].append(event.lat is not None and distance_km(
                points[index][0], points[index][1], event.lat, event.lon or 0) <= 25)
            if not fields["location ≤25 km"][-1]:
                misses.append(f"wrong location: {doc} Near {name} ({country}) -> "
                              f"{event.location} ({event.country}) {event.lat},{event.lon}")
    coded = [e for e, names in docs.items() if names & releases]
    merged = sum(1 for index, event_id in paired.items() if len(claims[event_id]) > 1)
    recall = len(paired) / len(golds)
    precision = len({e for e in paired.values()}) / len(coded) if coded else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"\nCENTCOM strike lines: {len(golds)} lines in {len(releases)} releases, "
          f"{len(coded)} events coded, {len(paired)} lines paired")
    print(f"| events | P {precision:.3f} | R {recall:.3f} | F1 {f1:.3f} | merged lines "
          f"{merged} |")
    _print_accuracies("field (over paired lines)", fields)
    if show_wrong:
        for miss in misses:
            print(miss)


def general_news(show: bool) -> None:
    texts = [(f"gwn-{index}", article.findtext("text") or "") for index, article in
             enumerate(ET.parse(GEOWEBNEWS).getroot().findall("article"))]
    truth = json.loads(ZYTE.read_text(encoding="utf-8"))
    texts += [(f"zyte-{key[:10]}", truth[key]["articleBody"] or "") for key in sorted(truth)]
    analyzer = Analyzer(load_settings())
    published = date(2018, 6, 1)
    kinds: Counter[str] = Counter()
    listed = []
    for (name, _), analysis in zip(texts, analyzer.analyze_many(
            [Text(text, published) for _, text in texts]), strict=True):
        for report in analysis.reports:
            kinds[report.sub_event_type] += 1
            listed.append(f"general-news report: {name} {report.sub_event_type} | "
                          f"{report.location} | {' '.join(report.evidence.split())[:160]}")
    total = sum(kinds.values())
    print(f"\nGeneral news (GeoWebNews, Zyte): {len(texts)} articles, {total} reports, "
          f"{100 * total / len(texts):.1f} per 100 articles")
    print("| sub-type | reports |")
    print("|---|---|")
    for kind, count in kinds.most_common():
        print(f"| {kind} | {count} |")
    if show:
        print("\n".join(listed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ucdp-limit", type=int, default=None)
    parser.add_argument("--show-wrong", action="store_true",
                        help="list the matched events whose fields are wrong, and which")
    parser.add_argument("--skip-ucdp", action="store_true", help="leave the UCDP part out")
    parser.add_argument("--skip-general", action="store_true",
                        help="leave the general news part out")
    args = parser.parse_args()
    expected_events(args.show_wrong)
    strike_lines(args.show_wrong)
    if not args.skip_ucdp:
        ucdp(args.ucdp_limit)
    if not args.skip_general:
        general_news(args.show_wrong)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
