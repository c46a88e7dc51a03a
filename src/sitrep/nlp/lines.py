"""The ``sitrep_lines`` spaCy component: line structure as sentence boundaries.

Extracted articles keep one paragraph, heading or list item per line, and the statistical
parser, trained on running prose, often runs a list ("Dead are: • A, killed near Qaim; • B,
killed near Mayadin") into one sentence. Before the parser runs, this component starts a new
sentence at every line that begins with a bullet or a capital letter or digit, so each list item
and heading is parsed (and coded) on its own. Other tokens are left for the parser to decide.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

VERSION = "lines.v1"
BULLETS = frozenset("•*·-–—▪◦●○■□►")


@Language.component("sitrep_lines")
def mark_lines(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        previous = doc[i - 1]
        if not (previous.is_space and "\n" in previous.text):
            continue
        first = doc[i].text[:1]
        if first in BULLETS or first.isupper() or first.isdigit() or first == ".":
            doc[i].is_sent_start = True
    return doc
