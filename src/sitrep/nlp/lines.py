"""The ``sitrep_lines`` spaCy component: line structure as sentence boundaries.

Extracted articles keep one paragraph, heading or list item per line, and the statistical
parser, trained on running prose, often runs a list ("Dead are: • A, killed near Qaim; • B,
killed near Mayadin") into one sentence. Before the parser runs, this component starts a new
sentence at every line that begins with a bullet, a capital letter, a digit, a markdown heading's
"#" or a quotation mark, so each list item, heading and quoted paragraph is parsed (and coded) on
its own. A headline's attribution after a spaced dash ("Air strikes kill 50 militants in
Mosul - official") is a sentence of its own too, so the parser does not take "Mosul -
official" for one noun; so is one after a headline's colon ("... in Mosul offensive: Amnesty").
Within a line, no sentence starts right after a word, a number or a
title ("Operator 1st Class Charles H. Keating IV", "Sgt. John Smith"); other tokens are left
for the parser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

VERSION = "lines.v9"
if not Doc.has_extension("sitrep_text"):
    # The text as the caller gave it, where the doc's own is sentence-cased (see
    # sentence_cased): what evidence and mentions quote.
    Doc.set_extension("sitrep_text", default=None)
BULLETS = frozenset("•*·-–—▪◦●○■□►")
#: The most tokens a headline has.
HEADLINE_TOKENS = 25
#: How running text, and not a headline, ends.
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")
DASHES = frozenset("-–—")
#: The most words an attribution after a dash has ("- Iranian state TV").
ATTRIBUTION_WORDS = 4
_SENTENCE_ENDS = frozenset(".:;!?")
#: Abbreviated titles before a name, after which no sentence starts.
_TITLES = frozenset({"sgt.", "capt.", "lt.", "col.", "gen.", "cpl.", "pfc.", "spc.", "pvt.",
                     "maj.", "adm.", "brig.", "cmdr.", "mr.", "mrs.", "ms.", "dr.", "sen.",
                     "rep.", "gov.", "prof."})
#: What else may start a line that starts a sentence: a markdown heading, a quotation.
_OPENERS = frozenset('.#"“')
_NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
#: A line break inside a sentence: after a word, before a lower-case word.
_BROKEN = re.compile(r"([^\s.!?:;])([ \t]*)\n(?=[ \t]*[a-z])")
#: A line break after a word no sentence ends with ("the Islamic State of\nIraq"): a text
#: wrapped at a fixed width.
_WRAPPED = re.compile(r"(?<![^\s(])(of|the|a|an|and|or|to|in|on|at|by|for|from|with|into|"
                      r"near|against|its|their|his|her)([ \t]*)\n(?=[ \t]*\S)")


def unbroken(text: str) -> str:
    """The text with each line break inside a sentence turned into a space: extraction breaks
    lines around a link ("the U.S.-led\ncoalition\nconducted five airstrikes"), and the parser
    reads a line break as a boundary; so is a line break after "of" or "the", in a text wrapped
    at a fixed width ("the Islamic State of\nIraq and the Levant"). One character for one, so
    offsets stay those of ``text``."""
    return _WRAPPED.sub(r"\1\2 ", _BROKEN.sub(r"\1\2 ", text))


#: A word written with a capital and then lower case letters only ("Kills", not "PKK", "U.S."
#: or "al-Qaim"'s "Qaim", which the hyphen joins to a name).
_TITLE_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?![\w'’-])")
#: Words a title leaves in lower case.
_MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
                          "by", "for", "from", "with", "as", "into", "near", "over", "after"})


def source_text(doc: Doc) -> str:
    """The doc's text as the caller gave it (see sentence_cased), what evidence quotes."""
    text: str = doc._.sitrep_text or doc.text
    return text


def sentence_cased(text: str, common: Callable[[str], bool]) -> str:
    """The text with each title-cased headline ("Turkish Forces Kill 14 PKK Militants in
    Northern Iraq") written as running text writes it: its common words (those ``common``
    says are, from their lower-case form) in lower case past the first, its names as they are.
    A small tagger reads a capitalised word as a name, and so "Kill" as a noun. One character
    for one, so offsets stay those of ``text``."""
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if not _title_cased(line):
            continue
        words = list(_TITLE_WORD.finditer(line))
        first = re.search(r"[A-Za-z]", line)
        chars = list(line)
        for word in words:
            if first is not None and word.start() == first.start():
                continue
            if common(word.group().lower()):
                chars[word.start()] = chars[word.start()].lower()
        lines[index] = "".join(chars)
    return "".join(lines)


def _title_cased(line: str) -> bool:
    """A short line without closing punctuation whose words, but for a title's small words,
    almost all begin with a capital."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line) if w.lower() not in _MINOR_WORDS]
    if not 4 <= len(words) <= HEADLINE_TOKENS or re.search(r"[.!?]\s*$", line):
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.9 * len(words)


@Language.component("sitrep_lines")
def mark_lines(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        previous = doc[i - 1]
        if not (previous.is_space and "\n" in previous.text):
            if (previous.text[-1:].isalnum() or _after_title(doc, i)) and not doc[i].is_space:
                # "Navy Special Warfare Operator 1st Class Charles H. Keating IV", "Army Sgt.
                # John Smith": within a line, a sentence ends at punctuation, not after a
                # word, a number or a title
                doc[i].is_sent_start = False
            continue
        first = doc[i].text[:1]
        if first in BULLETS or first in _OPENERS or first.isupper() or first.isdigit():
            doc[i].is_sent_start = True
    for line in lines_of(doc):
        headline = is_headline(line)
        for dash in line[1:-1]:
            if _attribution_dash(doc, dash.i) or (headline and (
                    _attribution_colon(doc, dash.i) or _attribution_dash(doc, dash.i, stop=True))):
                dash.is_sent_start = True
                # and what it is attributed to is one sentence, unless punctuation divides it
                for j in range(line.start + 1, dash.i):
                    if doc[j - 1].text not in _SENTENCE_ENDS and not doc[j].is_space:
                        doc[j].is_sent_start = False
    return doc


def _after_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows an abbreviated title ("Sgt.", which may be "Sgt" and ".")."""
    previous = doc[i - 1]
    title = previous.lower_ if previous.text != "." or i < 2 else doc[i - 2].lower_ + "."
    return title in _TITLES


def _attribution_dash(doc: Doc, i: int, stop: bool = False) -> bool:
    """A spaced dash followed, to the end of its line, by a few nouns and adjectives only
    (and, with ``stop``, a full stop)."""
    dash = doc[i]
    if dash.text not in DASHES or not dash.whitespace_ or not doc[i - 1].whitespace_ \
            or doc[i - 1].is_space:
        return False
    return _few_nominals_after(doc, i, stop)


def _attribution_colon(doc: Doc, i: int) -> bool:
    """A colon after a headline's words, followed to the end of its line by a few nouns and
    adjectives only (and perhaps a full stop): "Iraqi forces executed six in Mosul offensive:
    Amnesty", "... in Mosul: U.N."."""
    return doc[i].text == ":" and i > 1 and bool(doc[i].whitespace_) \
        and _few_nominals_after(doc, i, stop=True)


def _few_nominals_after(doc: Doc, i: int, stop: bool = False) -> bool:
    """Whether a few nouns and adjectives, and nothing else (but, with ``stop``, a full stop
    at the end), follow token ``i`` to the end of its line."""
    words = 0
    for token in doc[i + 1:]:
        if token.is_space:
            if "\n" in token.text:
                break
            continue
        if stop and token.text == "." and words and (
                token.i + 1 == len(doc) or "\n" in doc[token.i + 1].text):
            break
        if token.tag_ not in _NOMINAL_TAGS or words == ATTRIBUTION_WORDS:
            return False
        words += 1
    return words > 0


def headline_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is on a headline line (see :func:`is_headline`). It looks no further
    than a headline's length each way, so a huge text on one line costs no more per sentence."""
    start, end = i, i
    while start > 0 and "\n" not in doc[start - 1].text and i - start <= HEADLINE_TOKENS:
        start -= 1
    while end < len(doc) and "\n" not in doc[end].text and end - i <= HEADLINE_TOKENS:
        end += 1
    return is_headline(doc[start:end])


def lines_of(doc: Doc) -> Iterator[Span]:
    """The text's lines that have words, without their line breaks."""
    start = 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            if token.i > start:
                yield doc[start:token.i]
            start = token.i + 1
    if start < len(doc):
        yield doc[start:]


def is_headline(line: Span) -> bool:
    """A short line that does not end as running text does: a headline or a title ("Blasts
    strike near ministries in Baghdad: sources" is one)."""
    if len(line) > HEADLINE_TOKENS:
        return False
    if not _SENTENCE_END.search(line.text):
        return True
    # "Islamic State kills hundreds around Mosul: U.N.", "F-16s bomb rebels in Iraq - Kurd
    # sources.": the full stop ends the attribution of a headline
    return line.text.rstrip().endswith(".") and any(
        _attribution_dash(line.doc, t.i, stop=True)
        or (t.i > line.start + 1 and _attribution_colon(line.doc, t.i))
        for t in line[1:-1])
