"""End-to-end speed and memory: JSONL in, fused events stored, against bare spaCy.

Texts: the bundled sample corpus and the two seeds (as JSONL). In one process, prints articles
per second for (1) the bare statistical spaCy pipeline (``nlp.pipe``, Sitrep's components
disabled) over the same texts and (2) the whole pipeline into a fresh SQLite store: read,
extract, de-duplicate, store, analyse, code events and fuse them. Peak memory is the process's
maximum resident set size after each run (it only grows, so the second figure includes the
first).

    .venv/bin/python bench/pipeline_speed.py
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from pathlib import Path

from sitrep.config import load_settings
from sitrep.nlp import load_pipeline
from sitrep.pipeline import ingest, process
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        texts = []
        with corpus.open("w", encoding="utf-8") as fh:
            for path in sorted((ROOT / "data" / "sample" / "articles").glob("*.jsonl")):
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        fh.write(line + "\n")
                        texts.append(json.loads(line)["text"])
            for path in sorted(SEEDS.glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                fh.write(json.dumps({"id": path.stem, "text": text, "published": "2018-07-01"})
                         + "\n")
                texts.append(text)
        settings = load_settings(db=f"sqlite:///{tmp}/speed.db")
        nlp = load_pipeline(settings.spacy_pipeline, settings.actors_file)
        sitrep = [n for n in nlp.pipe_names if n.startswith("sitrep_")]
        list(nlp.pipe(texts[:2]))  # warm up
        started = time.perf_counter()
        with nlp.select_pipes(disable=sitrep):
            for _ in nlp.pipe(texts, batch_size=16):
                pass
        bare = time.perf_counter() - started
        bare_peak = peak_mib()
        store = Store.open(settings.db)
        started = time.perf_counter()
        report = ingest([str(corpus)], store=store, settings=settings)
        process(store=store, settings=settings)
        full = time.perf_counter() - started
        stats = store.stats()
        store.close()
    n = len(texts)
    print(f"{n} articles, {sum(len(t.split()) for t in texts):,} words; stored {report.stored}, "
          f"{stats.events} events from {stats.event_reports} reports")
    print("| run | seconds | articles/s | ratio | peak RSS MiB |")
    print("|---|---|---|---|---|")
    print(f"| bare spaCy pipeline | {bare:.2f} | {n / bare:.1f} | 1.00 | {bare_peak:.0f} |")
    print(f"| JSONL → fused events stored | {full:.2f} | {n / full:.1f} | {bare / full:.2f} | "
          f"{peak_mib():.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
