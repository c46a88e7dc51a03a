"""Toponym recognition and resolution on GeoWebNews (200 news articles, gold spans + coordinates).

Prints, side by side, for Sitrep (end to end, and given the gold spans), a naive baseline (spaCy
GPE/LOC entities + the most populous gazetteer hit, run in the same process) and the stored
outputs of three real geoparsers (Edinburgh Geoparser, Europe Media Monitor, Yahoo! Placemaker):

- recognition precision / recall / F1 against the gold toponym spans (a prediction matches a
  gold span it overlaps, each gold span at most once: the Edinburgh output is often one
  character off, so exact matching would be unfair to it);
- resolution on the matched spans: accuracy@161 km, mean and median error in km, and AUC
  (mean of ln(1 + error) / ln(20039), the area under the error curve: lower is better). A
  matched span with no coordinates counts as the largest possible error.

Published reference (same corpus, gold spans): Mordecai3, 94.1% accuracy@161 km.

    .venv/bin/python bench/geoparse.py [--data ../shared/data/geowebnews] [--limit 200]
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from sitrep.analyze import Analyzer
from sitrep.config import load_settings
from sitrep.geo.gazetteer import Gazetteer, demonyms
from sitrep.geo.resolve import Mention, distance_km, resolve

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "geowebnews"
MAX_KM = 20039.0


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    lat: float | None
    lon: float | None


def read_outputs(path: Path) -> list[list[Toponym]]:
    """Read a gold/system file: one line per article, ``...,,surface,,lat,,lon,,start,,end||``."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        items = []
        for entry in line.split("||"):
            fields = entry.split(",,")
            if len(fields) < 5:
                continue
            lat, lon, start, end = fields[-4:]
            try:
                items.append(Toponym(int(start), int(end), float(lat), float(lon)))
            except ValueError:
                continue
        docs.append(items)
    return docs


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[float] | None = None

    def add(self, predicted: list[Toponym], gold: list[Toponym]) -> None:
        if self.errors is None:
            self.errors = []
        used: set[int] = set()
        for p in predicted:
            hit = next((i for i, g in enumerate(gold)
                        if i not in used and p.start < g.end and g.start < p.end), None)
            if hit is None:
                self.fp += 1
                continue
            used.add(hit)
            self.tp += 1
            g = gold[hit]
            if p.lat is None or p.lon is None or g.lat is None or g.lon is None:
                self.errors.append(MAX_KM)
            else:
                self.errors.append(distance_km((p.lat, p.lon), (g.lat, g.lon)))
        self.fn += len(gold) - len(used)

    def row(self, name: str, recognition: bool = True) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        errors = self.errors or [MAX_KM]
        acc = sum(e <= 161 for e in errors) / len(errors)
        auc = statistics.fmean(math.log1p(e) / math.log(MAX_KM) for e in errors)
        rec = f"{p:6.3f} {r:6.3f} {f:6.3f}" if recognition else f"{'-':>6} {'-':>6} {'-':>6}"
        return (f"{name:<34} {rec} {acc:8.3f} {statistics.fmean(errors):9.0f} "
                f"{statistics.median(errors):8.1f} {auc:6.3f} {len(errors):6d}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    if not (args.data / "GWN.xml").exists():
        print(f"error: no GeoWebNews data at {args.data}", file=sys.stderr)
        return 2
    articles = ET.parse(args.data / "GWN.xml").getroot().findall("article")[: args.limit]
    texts = [(a.findtext("text") or "") for a in articles]
    gold = read_outputs(args.data / "gwn_full.txt")[: len(texts)]
    systems = {name: read_outputs(args.data / f"gwn_{key}.txt")[: len(texts)]
               for name, key in (("Edinburgh Geoparser", "edin"), ("Europe Media Monitor", "emm"),
                                 ("Yahoo! Placemaker", "yahoo"))}
    analyzer = Analyzer(load_settings())
    gazetteer = Gazetteer.open()
    table = demonyms()
    nlp = analyzer.nlp
    scores = {name: Score() for name in ("sitrep", "sitrep-gold", "naive", *systems)}
    sitrep_seconds = 0.0
    for i, (text, truth) in enumerate(zip(texts, gold, strict=True)):
        started = time.perf_counter()
        analysis = analyzer.analyze(text)
        sitrep_seconds += time.perf_counter() - started
        ours = [Toponym(m.start, m.end, m.lat, m.lon) for m in analysis.mentions if m.kind == "place"]
        scores["sitrep"].add(ours, truth)
        scores["sitrep-gold"].add(_given_spans(text, truth, gazetteer, table), truth)
        doc = nlp(text, disable=["sitrep_places", "sitrep_actors", "sitrep_dates"])
        naive = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC"):
                hits = gazetteer.lookup(ent.text)
                naive.append(Toponym(ent.start_char, ent.end_char, hits[0].lat if hits else None,
                                     hits[0].lon if hits else None))
        scores["naive"].add(naive, truth)
        for name, outputs in systems.items():
            scores[name].add(outputs[i], truth)
    words = sum(len(t.split()) for t in texts)
    print(f"GeoWebNews: {len(texts)} articles, {sum(len(g) for g in gold)} gold toponyms with "
          f"coordinates, {words:,} words")
    print(f"{'system':<34} {'P':>6} {'R':>6} {'F1':>6} {'acc@161':>8} {'mean km':>9} "
          f"{'med km':>8} {'AUC':>6} {'n':>6}")
    print(scores["sitrep"].row("Sitrep (end to end)"))
    print(scores["sitrep-gold"].row("Sitrep (given gold spans)", recognition=False))
    print(scores["naive"].row("naive: spaCy GPE/LOC + top hit"))
    for name in systems:
        print(scores[name].row(name))
    print(f"{'Mordecai3 (published, gold spans)':<34} {'-':>6} {'-':>6} {'-':>6} {0.941:8.3f}")
    print(f"Sitrep analysis: {words / sitrep_seconds:,.0f} words/s (full stage, one process)")
    return 0


def _given_spans(text: str, truth: list[Toponym], gazetteer: Gazetteer,
                 table: dict[str, str]) -> list[Toponym]:
    """Resolve the gold spans with Sitrep's resolver (nationality words through the demonym
    table), the article's text as context."""
    mentions = [Mention(text[t.start:t.end], t.start, t.end) for t in truth]
    resolved = {(r.mention.start, r.mention.end): r.place
                for r in resolve([m for m in mentions if m.text not in table], gazetteer, text=text)}
    out = []
    for m in mentions:
        place = gazetteer.country(table[m.text]) if m.text in table else resolved.get((m.start, m.end))
        out.append(Toponym(m.start, m.end, place.lat if place else None, place.lon if place else None))
    return out


if __name__ == "__main__":
    sys.exit(main())
