"""Plain-text boilerplate removal: the article alone from text scraped off a web page.

Scraped text keeps what the page had around the article: navigation ("Skip to main content"),
subscription pitches, newsletter lists, "Sign in", share and sign-up blocks, syndication
disclaimers. The heuristics below are named constants so they can be read and measured.

How it works, line by line:
1. Each non-blank line is labelled BOILER (a boilerplate phrase), CONTENT (a sentence-like line,
   bulleted or not) or SHORT (headings, short list items, fragments).
2. A CONTENT line between two BOILER lines is boilerplate too (a pitch in prose).
3. The article starts at a news dateline ("QAIM, Iraq —") when one opens the text, otherwise at
   the first CONTENT line; the heading before it is the title.
4. The article ends before the first BOILER line after which no real run of article prose
   follows; a page that holds several articles keeps all of them, because each article is a run.
5. BOILER lines inside the article (disclaimers between two pieces) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

#: Phrases that mark a line as page furniture rather than article text (matched case-blind).
BOILERPLATE_PATTERNS: tuple[str, ...] = (
    r"^skip to (main )?content",
    r"\bsign (in|up)\b",
    r"\blog ?in\b",
    r"\bsubscribe\b",
    r"\bsubscription\b",
    r"\bnewsletters?\b",
    r"\bmembership\b",
    r"\bbecome (a )?member\b",
    r"\balready (a )?(member|subscriber)",
    r"\bfree trial\b",
    r"\bbilled (annually|monthly|yearly)\b",
    r"[$€£]\s?\d+(\.\d\d)?\s*/\s*(month|year|mo|yr)\b",
    r"\bper (month|year)\b.*\b(plan|subscription|member)",
    r"\bteam plans?\b",
    r"\b(delivered|straight) to your inbox\b",
    r"^join\b.{0,80}\b(readers|subscribers|members|professionals|experts|community)\b",
    r"^join\b.{0,40}\b(pro|premium|plus)\b",
    r"^start (your|with)\b.{0,40}\b(membership|trial|subscription)\b",
    r"\bpremium\b.{0,60}\b(content|insights|memos|access|newsletters?|writing)\b",
    r"^what'?s included:?$",
    r"\b(share|follow us) on (facebook|twitter|x|linkedin|whatsapp)\b",
    r"^(share|tweet|email|print)( this( article| story)?)?$",
    r"\ball rights reserved\b",
    r"^©|\bcopyright ©",
    r"\b(accept|use of) cookies\b",
    r"^advertisement$",
    r"^(related|recommended|most read|trending)( (articles|stories|news|content))?:?$",
    r"^read more\b",
    r"\bclick here\b",
    r"\bdownload (our|the) app\b",
    r"\bopinions expressed\b.{0,80}\b(author|not necessarily)\b",
    r"\bdo(es)? not necessarily reflect the views\b",
    r"^this article was (originally|first) published (by|in|on)\b",
)
_BOILER = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_PATTERNS), re.IGNORECASE)

#: A news dateline opening the article: "QAIM, Iraq —", "SOUTHWEST ASIA —", "BAGHDAD (AP) -".
DATELINE = re.compile(
    r"^[A-Z][A-Z'’.\- ]{1,40}(,\s*[A-Z][A-Za-z.'’ ]{1,30})?\s*(\([A-Za-z ]{1,20}\)\s*)?[—–-]{1,2}\s"
)
#: How many lines from the top a dateline may sit and still open the article.
DATELINE_WINDOW = 8
#: A CONTENT line has at least this many words and ends like a sentence.
MIN_SENTENCE_WORDS = 6
#: Lines this long are prose whatever their last character.
LONG_LINE_WORDS = 25
#: After a boilerplate line, article text goes on only if a run of prose this long follows.
MIN_RUN_CHARS = 600
MIN_RUN_LINES = 2
#: A title is a heading of this many words, not ending in a full stop.
TITLE_WORDS = (3, 25)

_BULLET = re.compile(r"^\s*([•·▪◦\-*–]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]$")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


class Label(Enum):
    BOILER = "boiler"
    CONTENT = "content"
    SHORT = "short"


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    label: Label
    para: int  # index of the blank-line separated paragraph the line belongs to


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The article text found in a scraped text, and the heading above it if any."""

    text: str
    title: str | None
    dropped_lines: int


def label_line(text: str) -> Label:
    """Return whether one line is boilerplate, article prose, or a short fragment."""
    if _BOILER.search(text):
        return Label.BOILER
    words = len(text.split())
    if words >= LONG_LINE_WORDS or (words >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(text)):
        return Label.CONTENT
    return Label.SHORT


def split_lines(text: str) -> list[Line]:
    """Return the non-blank lines of ``text`` with whitespace normalised, labelled."""
    lines: list[Line] = []
    para = 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = _SPACES.sub(" ", raw).strip()
        if not stripped:
            para += 1
            continue
        lines.append(Line(stripped, label_line(stripped), para))
    return lines


def _demote_sandwiched(lines: list[Line]) -> list[Line]:
    labels = [line.label for line in lines]
    out = list(lines)
    for i, line in enumerate(lines):
        if line.label is not Label.CONTENT:
            continue
        before = next((labels[j] for j in range(i - 1, -1, -1) if labels[j] is not Label.SHORT),
                      None)
        after = next((labels[j] for j in range(i + 1, len(labels))
                      if labels[j] is not Label.SHORT), None)
        if before is Label.BOILER and after is Label.BOILER:
            out[i] = Line(line.text, Label.BOILER, line.para)
    return out


def _has_prose_run(lines: list[Line], start: int) -> bool:
    run_chars = run_lines = 0
    for line in lines[start:]:
        if line.label is Label.CONTENT:
            run_chars += len(line.text)
            run_lines += 1
            if run_chars >= MIN_RUN_CHARS and run_lines >= MIN_RUN_LINES:
                return True
        elif line.label is Label.BOILER:
            run_chars = run_lines = 0
    return False


def _is_title(text: str) -> bool:
    words = len(text.split())
    return (TITLE_WORDS[0] <= words <= TITLE_WORDS[1] and not text.endswith(".")
            and not _BULLET.match(text) and text[:1].isupper())


def clean_text(text: str) -> Cleaned:
    """Return the article (or articles) in a scraped plain text, without page boilerplate."""
    lines = _demote_sandwiched(split_lines(text))
    if not lines:
        return Cleaned("", None, 0)
    start = next((i for i, ln in enumerate(lines[:DATELINE_WINDOW]) if DATELINE.match(ln.text)),
                 None)
    if start is None:
        start = next((i for i, ln in enumerate(lines) if ln.label is Label.CONTENT), None)
    if start is None:  # no prose at all (a list of short items): keep what is not boilerplate
        start = next((i for i, ln in enumerate(lines) if ln.label is not Label.BOILER), len(lines))
    if 0 < start < len(lines) and _BULLET.match(lines[start].text) \
            and lines[start - 1].label is Label.SHORT and lines[start - 1].para == lines[start].para \
            and not _BULLET.match(lines[start - 1].text):
        start -= 1  # "Syria" right over "- Near Kobani, ...": the heading of the list
    title = next((ln.text for ln in reversed(lines[:start])
                  if ln.label is Label.SHORT and _is_title(ln.text)), None)
    end = len(lines)
    for i in range(start, len(lines)):
        if lines[i].label is Label.BOILER and not _has_prose_run(lines, i + 1):
            end = i
            break
    body = [ln for ln in lines[start:end] if ln.label is not Label.BOILER]
    while body and body[-1].label is Label.SHORT and not _BULLET.match(body[-1].text):
        body.pop()  # a dangling heading or fragment after the last paragraph
    parts: list[str] = []
    for i, ln in enumerate(body):
        if i and ln.para != body[i - 1].para:
            parts.append("\n\n")
        elif i:
            parts.append("\n")
        parts.append(ln.text)
    return Cleaned("".join(parts), title, len(lines) - len(body))
