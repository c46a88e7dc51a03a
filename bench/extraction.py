"""Extraction accuracy and speed on the Zyte article-extraction benchmark (181 real pages).

Prints token-level precision / recall / F1 (bag of word tokens, averaged over pages; and the
same on 4-token shingles) for Sitrep's extraction and for raw ``trafilatura.extract`` run in the
same process on the same pages, next to the stored outputs of five other extractors, plus pages
per second for Sitrep and raw trafilatura.

    .venv/bin/python bench/extraction.py [--data ../shared/data/zyte-article-extraction]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from sitrep import Document, ExtractError, extract

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "zyte-article-extraction"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str, n: int) -> Counter[str]:
    words = _TOKEN.findall(text.lower())
    if n == 1:
        return Counter(words)
    return Counter(" ".join(words[i:i + n]) for i in range(max(len(words) - n + 1, 0)))


def prf(predicted: str, gold: str, n: int) -> tuple[float, float, float]:
    pred, true = tokens(predicted, n), tokens(gold, n)
    common = sum((pred & true).values())
    if not pred and not true:
        return 1.0, 1.0, 1.0
    precision = common / sum(pred.values()) if pred else 0.0
    recall = common / sum(true.values()) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(outputs: dict[str, str], gold: dict[str, str], n: int) -> tuple[float, float, float]:
    rows = [prf(outputs.get(key, ""), body, n) for key, body in gold.items()]
    return tuple(statistics.fmean(col) for col in zip(*rows, strict=True))  # type: ignore[return-value]


def sitrep_extract(page: bytes, url: str) -> str:
    try:
        return extract(Document(external_id=url, raw=page, origin=url, kind="html", url=url)).text
    except ExtractError:
        return ""


def trafilatura_extract(page: bytes, url: str) -> str:
    return trafilatura.extract(page, url=url) or ""


def run(fn: Callable[[bytes, str], str], pages: dict[str, bytes],
        urls: dict[str, str]) -> tuple[dict[str, str], float]:
    start = time.perf_counter()
    outputs = {key: fn(page, urls[key]) for key, page in pages.items()}
    return outputs, len(pages) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").exists():
        print(f"no benchmark data at {args.data}", file=sys.stderr)
        return 2
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    gold = {key: value["articleBody"] for key, value in truth.items()}
    urls = {key: value.get("url") or key for key, value in truth.items()}
    pages = {key: gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes())
             for key in gold}

    # Warm both up once so import-time and first-call costs do not skew the speed figures.
    first = next(iter(pages))
    sitrep_extract(pages[first], urls[first])
    trafilatura_extract(pages[first], urls[first])
    raw_out, raw_speed = run(trafilatura_extract, pages, urls)
    ours_out, ours_speed = run(sitrep_extract, pages, urls)

    systems: list[tuple[str, dict[str, str], float | None]] = [
        ("sitrep", ours_out, ours_speed),
        ("trafilatura (raw, same run)", raw_out, raw_speed),
    ]
    for path in sorted((args.data / "baseline_outputs").glob("*.json")):
        stored = json.loads(path.read_text(encoding="utf-8"))
        stored = stored.get("output", stored)
        systems.append((f"{path.stem} (stored output)",
                        {k: (v or {}).get("articleBody") or "" for k, v in stored.items()}, None))

    print(f"Zyte article-extraction benchmark: {len(gold)} pages")
    print(f"{'system':34} {'P':>6} {'R':>6} {'F1':>6}   {'P4':>6} {'R4':>6} {'F1-4':>6}  {'pages/s':>8}")
    for name, outputs, speed in systems:
        p, r, f = score(outputs, gold, 1)
        p4, r4, f4 = score(outputs, gold, 4)
        rate = f"{speed:8.1f}" if speed else f"{'-':>8}"
        print(f"{name:34} {p:6.3f} {r:6.3f} {f:6.3f}   {p4:6.3f} {r4:6.3f} {f4:6.3f}  {rate}")
    f_ours, f_raw = score(ours_out, gold, 1)[2], score(raw_out, gold, 1)[2]
    print(f"\nsitrep / raw trafilatura: F1 ratio {f_ours / f_raw:.3f}, "
          f"speed ratio {ours_speed / raw_speed:.2f}")
    empty_ours = sum(1 for k in gold if not ours_out[k].strip())
    empty_raw = sum(1 for k in gold if not raw_out[k].strip())
    print(f"pages with no text: sitrep {empty_ours}, raw trafilatura {empty_raw}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
