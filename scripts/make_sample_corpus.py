"""Copy the redistributable, complete articles of ../shared/data/corpus into data/sample/.

Run by a developer when the shared corpus changes; the product itself never reads ../shared.
Only folders whose licence allows redistribution are taken (see ../shared/data/corpus/README.md):
public domain, OGL and CC BY; Wikipedia (share-alike) and VOA news (possible wire copy) stay out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SHIP = ["centcom_cjtf_oir", "dod_defense_gov", "us_state_department", "uk_government_ogl",
        "australia_dfat", "wikinews"]
FIELDS = ["id", "url", "title", "published", "source", "text", "html", "license"]


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    corpus = root.parent / "shared" / "data" / "corpus"
    out = root / "data" / "sample" / "articles"
    out.mkdir(parents=True, exist_ok=True)
    lines = ["# Sample corpus: sources and licences", "",
             "Articles copied from the licensed corpus in the project's shared data "
             "(complete texts only). Each line of each JSONL file keeps its source and licence.", ""]
    for name in SHIP:
        records = [json.loads(x) for x in (corpus / name / "articles.jsonl").open(encoding="utf-8")]
        kept = [r for r in records if str(r.get("text_complete")) == "True"]
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for r in kept:
                fh.write(json.dumps({k: r[k] for k in FIELDS if r.get(k)}, ensure_ascii=False) + "\n")
        src = (corpus / name / "SOURCE.txt").read_text(encoding="utf-8").split("RECORDS")[0].strip()
        lines += [f"## {name}.jsonl ({len(kept)} articles)", "", src, ""]
        for r in kept:
            lines.append(f"- `{r['id']}` — {r.get('title') or ''} — {r.get('url') or ''}")
        lines.append("")
    lines += ["Contains public sector information licensed under the Open Government Licence v3.0 "
              "(uk_government_ogl.jsonl).", "",
              "Wikinews articles are CC BY 2.5, by Wikinews contributors; each record's url links "
              "to the original article on en.wikinews.org.", ""]
    (out.parent / "SOURCES.md").write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
