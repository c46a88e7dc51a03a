"""Speed of the analysis stage against the bare spaCy pipeline, same texts, same process.

Texts: the bundled sample corpus and the two seeds. Prints words per second for
(1) the statistical pipeline alone (tagger, parser, NER: ``nlp.pipe`` with Sitrep's components
disabled) and (2) the full analysis stage (the same pipeline plus place recognition and
resolution, actors and dates, and conversion to mention records), and the ratio. The gap is the
cost of Sitrep's own components.

    .venv/bin/python bench/analysis_speed.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sitrep.analyze import Analyzer, Text
from sitrep.config import load_settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SITREP_COMPONENTS = ["sitrep_lines", "sitrep_places", "sitrep_actors", "sitrep_dates",
                     "sitrep_events"]


def load_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "data" / "sample" / "articles").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = load_texts()
    words = sum(len(t.split()) for t in texts)
    analyzer = Analyzer(load_settings())
    nlp = analyzer.nlp
    list(analyzer.analyze_many([Text(t) for t in texts[:3]]))  # warm up: gazetteer, dateparser
    bare, full = [], []
    mentions = 0
    for _ in range(args.rounds):
        started = time.perf_counter()
        with nlp.select_pipes(disable=SITREP_COMPONENTS):
            for _doc in nlp.pipe(texts, batch_size=analyzer.batch_size):
                pass
        bare.append(time.perf_counter() - started)
        started = time.perf_counter()
        mentions = sum(len(a.mentions) for a in analyzer.analyze_many(Text(t) for t in texts))
        full.append(time.perf_counter() - started)
    best_bare, best_full = min(bare), min(full)
    print(f"{len(texts)} texts, {words:,} words; best of {args.rounds} rounds; "
          f"pipeline {analyzer.version}")
    print(f"{'run':<44} {'seconds':>8} {'words/s':>9} {'ratio':>6}")
    print(f"{'bare spaCy pipeline (tagger, parser, NER)':<44} {best_bare:8.2f} "
          f"{words / best_bare:9,.0f} {1.0:6.2f}")
    print(f"{'Sitrep analysis stage (+ places, actors, dates)':<44} {best_full:8.2f} "
          f"{words / best_full:9,.0f} {best_bare / best_full:6.2f}")
    print(f"{mentions:,} mentions; Sitrep's components cost "
          f"{100 * (best_full - best_bare) / best_full:.0f}% of the stage's time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
