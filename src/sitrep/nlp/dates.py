"""The ``sitrep_dates`` spaCy component: date expressions resolved to calendar periods.

Every DATE (and TIME, for "last night") entity and every anaphoric expression ("the following
day", "two days later") is resolved against a reference date: the article's publication date,
set by the caller as ``doc._.sitrep_published``, a (date, inferred, period start) triple (a date
known only to the month comes as its last day, inferred, with the month's first day as the
period's start); or, when there is none, the latest complete date the text states, marked as
inferred. Against a publication known only to the month, a date that states its month and day
("Jan. 3") keeps its precision, "the past 24 (or 48, 72) hours" is the days before the
reference and the reference day (week precision), and a relative one ("today", "Monday",
"last week") spans every day it could be in that month (month precision; a day named relative
to the publication, "Monday" or "yesterday", is taken to fall in the month itself). Year-less
dates take the most recent past occurrence (or the year another date in the same sentence
states), never one after a publication date; against a reference inferred from the text,
which a story may go on past ("On 14 October 2017 ... By 17 October"), a day's occurrence up
to three months after it, if there is one (a month's, if it begins by then). The first day of
a range takes the year of its last ("between 1 August and 19 December 2016"). Against an
inferred reference, an expression that names its month ("On 8 February", "in February") keeps
its precision, marked inferred (only its year is a guess), and one that does not ("Monday",
"last week") is widened a step (a day to its week, a week to its month). Each resolved
expression gets a period (start, end) and a precision: day, week, month or year. A day the
model splits ("the morning of 29" and "August") is one date, "29 August".
"Early/mid/late June" are ten-day periods, so month precision. Expressions that name a duration
or a frequency ("several days", "each week") or that cannot be parsed are kept with no date.
Spans go to ``doc.spans["sitrep_dates"]`` with ``span._.sitrep`` set to a :class:`When` or
``None``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.nlp.actors import SPAN_KEY as ACTORS_KEY

VERSION = "dates.v11"
SPAN_KEY = "sitrep_dates"
#: Days after a reference date inferred from the text that a year-less date may fall.
FORWARD_DAYS = 92
LOWER = {"day": "week", "week": "month", "month": "year", "year": "year"}

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b\.?", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
                           rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b",
                           re.IGNORECASE)
_PART_OF_MONTH = re.compile(
    rf"^(?:in\s+|by\s+|since\s+)?(?:the\s+)?(early|mid|middle of|late|end of|beginning of|start of)"
    rf"[\s-]+((?:{_MONTHS})\.?(?:\s+\d{{4}})?)$", re.IGNORECASE)
_ANAPHORA = re.compile(
    r"\b(?:the\s+(following|next|previous)\s+day|the\s+day\s+(after|before)|"
    r"(a|one|two|three|four|five|six|seven|\d+)\s+days?\s+(later|earlier|before|after))\b",
    re.IGNORECASE)
_DURATION = re.compile(
    r"^(?:the\s+)?(?:past\s+|last\s+|next\s+|first\s+|coming\s+)?(?:almost|nearly|about|around|over|"
    r"more\s+than|less\s+than|some|several|a\s+few|few|many|recent|\d+|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|a|an)?[\s-]*(?:\w+\s+)?(?:days?|weeks?|months?|"
    r"years?|decades?|hours?|minutes?)(?:\s+and\s+.*)?$", re.IGNORECASE)
_ORD = r"(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|and|until|through)\s*"
#: "11-13 Dec", "between 11 and 13 December 2016", "December 11 to 13": a range of days.
_DAY_RANGE = re.compile(
    rf"\b(?:between\s+)?(?:(\d{{1,2}}){_ORD}{_TO}(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTHS})\.?"
    rf"|({_MONTHS})\.?\s+(\d{{1,2}}){_ORD}{_TO}(\d{{1,2}}){_ORD}\b)(?:,?\s+(\d{{4}}))?\b",
    re.IGNORECASE)
# A day of a named month the model may miss ("the September 17 Dayr az Zawr, Syria airstrike",
# which it calls an event): capitalised month names only, so "may" the verb never matches. And
# a holiday, which it may call an event ("New Year's Eve").
_MONTH_NAME = (r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|January|February|"
               r"March|April|May|June|July|August|September|October|November|December)")
_CALENDAR_DAY = re.compile(
    rf"\b{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,\s+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}(?:\s+\d{{4}}\b)?"
    r"|\b(?:Thanksgiving|Christmas|New Year[’']?s)(?:\s+(?:Day|Eve))?\b")
#: The rest of a range after its first day: "and 19 December 2016", "to 3 March, 2017".
_RANGE_END = re.compile(r"\s*(?:and|to|until|till|through|[-–])\s+[\w.]+\s+[\w.]+,?\s+"
                        r"(1[89]\d\d|20\d\d)\b")
_PAST_HOURS = re.compile(r"^(?:the\s+)?(?:past|last)\s+(12|24|36|48|72)\s+hours$", re.IGNORECASE)
_FREQUENCY = re.compile(r"\b(?:each|every|per|daily|weekly|monthly|annually|yearly)\b|/",
                        re.IGNORECASE)
#: Holidays of a fixed day of the calendar (or, for Thanksgiving, of November's fourth
#: Thursday) that the model tags as dates: "on Thanksgiving Day", "on Christmas Eve 2015".
_HOLIDAY = re.compile(r"^(?:this\s+|last\s+)?(thanksgiving|christmas|new\s+year[’']?s)"
                      r"(?:\s+(day|eve))?(?:,?\s+(\d{4}))?$", re.IGNORECASE)
_HOLIDAY_DAYS = {("christmas", "day"): (12, 25), ("christmas", "eve"): (12, 24),
                 ("new years", "day"): (1, 1), ("new years", "eve"): (12, 31)}
_RELATIVE = re.compile(
    rf"\b(?:{_MONTHS}|{_WEEKDAYS}|today|yesterday|tonight|tomorrow|ago|last|this|next|earlier|"
    rf"later|week|month|year)\b|\b\d{{4}}\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class When:
    """The period a date expression stands for."""

    start: date
    end: date
    precision: str  # day | week | month | year
    inferred: bool = False  # rests on a reference date inferred from the text

    @property
    def iso(self) -> str:
        return self.start.isoformat() if self.precision == "day" else \
            f"{self.start.isoformat()}/{self.end.isoformat()}"


@Language.factory("sitrep_dates")
def make_dates(nlp: Language, name: str) -> DateResolver:
    return DateResolver(name)


class DateResolver:
    version = VERSION

    def __init__(self, name: str) -> None:
        for ext in ("sitrep_published", "sitrep_reference"):
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)
        if not Span.has_extension("sitrep"):
            Span.set_extension("sitrep", default=None)
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        actor_tokens = {i for span in doc.spans.get(ACTORS_KEY, [])
                        for i in range(span.start, span.end)}
        candidates = [s for s in self._candidates(doc)
                      if not actor_tokens.intersection(range(s.start, s.end))]
        published = doc._.sitrep_published  # (date, inferred, period start) or None
        period_start: date | None = None
        if published is not None and not published[1]:
            reference, inferred = published[0], False
        elif published is not None and published[2] is not None:
            reference, inferred, period_start = published[0], True, published[2]
        else:
            reference, inferred = infer_reference([s.text for s in candidates]), True
            if published is not None and (reference is None or reference > published[0]):
                reference = published[0]
        doc._.sitrep_reference = (reference, inferred) if reference else None
        spans: list[Span] = []
        previous: When | None = None
        for span in candidates:
            when = None
            if reference is not None:
                when = resolve_expression(span.text, reference, inferred=inferred, previous=previous,
                                          sentence=span.sent.text if doc.has_annotation("SENT_START")
                                          else "", period_start=period_start)
            elif (year := _YEAR.search(span.text)) is not None:
                # "November 2017" states its year: it needs no reference date.
                when = resolve_expression(span.text, date(int(year.group(1)), 12, 31))
            out = Span(doc, span.start, span.end, label=span.label_,
                       kb_id=when.iso if when else "")
            out._.sitrep = when
            spans.append(out)
            if when is not None:
                previous = when
        doc.spans[SPAN_KEY] = spans
        return doc

    @staticmethod
    def _candidates(doc: Doc) -> list[Span]:
        spans: list[Span] = []
        covered = [False] * len(doc)
        for ent in doc.ents:
            if ent.label_ == "DATE" or (ent.label_ == "TIME" and re.search(
                    r"\b(?:last|yesterday|today|tonight|this|past)\b", ent.text, re.IGNORECASE)):
                spans.append(Span(doc, ent.start, ent.end, label="ner"))
                for i in range(ent.start, ent.end):
                    covered[i] = True
        for match in _ANAPHORA.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None and not any(covered[span.start:span.end]):
                spans.append(Span(doc, span.start, span.end, label="rule"))
        for pattern in (_CALENDAR_DAY, _DAY_RANGE):
            for match in pattern.finditer(doc.text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None:
                    continue
                # The model's spans within a day ("August" of "the morning of 29 August") or
                # a range ("13 Dec" of "11-13 Dec") give way to it; one around it stays.
                inside = [s for s in spans if s.start < span.end and span.start < s.end]
                if not any(s.start < span.start or s.end > span.end for s in inside):
                    spans = [s for s in spans if s not in inside]
                    spans.append(Span(doc, span.start, span.end, label="rule"))
        spans.sort(key=lambda s: s.start)
        return spans


@lru_cache(maxsize=64)
def _parser(reference: date) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": datetime(reference.year, reference.month, reference.day, 12)})


def _parse(text: str, reference: date) -> tuple[date, str] | None:
    data: Any = _parser(reference).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    if period in ("time", "part_of_day", "hour", "minute", "second"):
        period = "day"
    return data.date_obj.date(), period


def _period(day: date, precision: str) -> tuple[date, date]:
    if precision == "day":
        return day, day
    if precision == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return date(day.year, 1, 1), date(day.year, 12, 31)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:()")
    text = re.sub(r"^(?:on|in|since|by|until|from|during|as of|the)\s+", "", text, flags=re.IGNORECASE)
    # "earlier today", "late last night", "early this morning": the day the words name
    return re.sub(r"^(?:earlier|early|late|later)\s+(?=(?:today|tonight|yesterday|this|last)\b)",
                  "", text, flags=re.IGNORECASE)


def resolve_expression(text: str, reference: date, *, inferred: bool = False,
                       previous: When | None = None, sentence: str = "",
                       period_start: date | None = None) -> When | None:
    """Resolve one date expression against a reference date, or against a publication period
    from ``period_start`` to ``reference`` (see the module docstring)."""
    if period_start is not None and period_start < reference:
        stated = _YEAR.search(text) or _DAY_OF_MONTH.search(text) or _HOLIDAY.match(_clean(text))
        if stated:  # "Jan. 3": the period's end is as good a reference as any of its days
            return resolve_expression(text, reference, previous=previous, sentence=sentence)
        first = resolve_expression(text, period_start, previous=previous, sentence=sentence)
        last = resolve_expression(text, reference, previous=previous, sentence=sentence)
        if first is None or last is None:
            return None
        if first == last:
            return first  # "in 2016", "last year"
        start, end = min(first.start, last.start), min(max(first.end, last.end), reference)
        if first.precision == last.precision == "day":
            # "Monday", "yesterday": a day or two before some day of the month, so in it, as
            # ACLED codes a month-dated report (but for the month's first days)
            start = max(start, period_start)
        return When(start, end, "month" if (end - start).days <= 62 else "year", inferred=True)
    anaphor = _ANAPHORA.fullmatch(re.sub(r"\s+", " ", text).strip(" ,.;:()"))
    if anaphor:
        return _shift(anaphor, previous)
    expr = _clean(text)
    day_range = _DAY_RANGE.fullmatch(expr)
    if day_range:
        return _day_range(day_range, reference, inferred=inferred, previous=previous,
                          sentence=sentence)
    holiday = _HOLIDAY.match(expr)
    if holiday:
        return _holiday(holiday, reference, inferred)
    hours = _PAST_HOURS.match(expr)
    if hours:  # "in the past 24 hours": the day before the reference and the reference day
        days = -(-int(hours.group(1)) // 24)
        return When(reference - timedelta(days=days), reference, "week", inferred=inferred)
    if not expr or _FREQUENCY.search(expr) or (_DURATION.match(expr) and not re.search(
            r"\b(?:ago|later|earlier|last|this|next|past)\b", expr, re.IGNORECASE)):
        return None
    if not _RELATIVE.search(expr):
        return None
    part = _PART_OF_MONTH.match(expr)
    if part:
        return _part_of_month(part.group(1).lower(), part.group(2), reference, inferred)
    explicit_year = _YEAR.search(expr) is not None
    if not explicit_year and _DAY_OF_MONTH.search(expr) and sentence:
        year = _sentence_year(sentence, expr, reference)
        if year is not None:
            expr = f"{expr} {year}"
            explicit_year = True
    parsed = _parse(expr, reference)
    if parsed is None:
        return None
    day, precision = parsed
    if not explicit_year and _MONTH.search(expr):
        if day > reference:
            day = _years_later(day, -1)
        if inferred and 0 < (_years_later(day, 1) - reference).days <= FORWARD_DAYS:
            day = _years_later(day, 1)
    start, end = _period(day, precision)
    needs_reference = not explicit_year
    if inferred and needs_reference and _MONTH.search(expr):
        # "On 8 February", "in February": the day or month the text names, in the year the
        # text is taken to be about (marked inferred)
        return When(start, end, precision, inferred=True)
    if inferred and needs_reference:
        start, end = _period(day, LOWER[precision])
        return When(start, end, LOWER[precision], inferred=True)
    return When(start, end, precision)


def _holiday(match: re.Match[str], reference: date, inferred: bool) -> When | None:
    """The day of a holiday: of the year stated, else its last before the reference (a day
    against a reference the text gives, the year around it against one inferred)."""
    name = re.sub(r"[\s’']+", " ", match.group(1).lower()).replace("year s", "years")
    part = (match.group(2) or "day").lower()
    if name == "new years" and match.group(2) is None:
        return None  # "the New Year": a season, not a day

    def day_in(year: int) -> date:
        if name == "thanksgiving":
            first = date(year, 11, 1)
            thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
            return thursday - timedelta(days=1) if part == "eve" else thursday
        month, day = _HOLIDAY_DAYS[(name, part)]
        return date(year, month, day)

    if match.group(3):
        day = day_in(int(match.group(3)))
        return When(day, day, "day")
    day = day_in(reference.year)
    if day > reference:
        day = day_in(reference.year - 1)
    if inferred:
        start, end = _period(day, LOWER["day"])
        return When(start, end, LOWER["day"], inferred=True)
    return When(day, day, "day")


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _day_range(match: re.Match[str], reference: date, *, inferred: bool,
               previous: When | None, sentence: str) -> When | None:
    """ "11-13 Dec": from the first day to the last, with the precision of a week (ACLED's
    time_precision 2) or, past seven days, of a month."""
    first, last, month = (match.group(1), match.group(2), match.group(3)) if match.group(1) \
        else (match.group(5), match.group(6), match.group(4))
    year = f" {match.group(7)}" if match.group(7) else ""
    if int(first) >= int(last):
        return None
    start, end = (resolve_expression(f"{day} {month}{year}", reference, inferred=inferred,
                                     previous=previous, sentence=sentence)
                  for day in (first, last))
    if start is None or end is None or start.precision != "day" or end.precision != "day":
        return None
    if start.start > end.start:  # "30 Dec to 2 Jan" is no range of this form; a year apart
        return None
    precision = "week" if (end.start - start.start).days < 7 else "month"
    return When(start.start, end.end, precision, inferred=start.inferred)


def _sentence_year(sentence: str, expr: str, reference: date) -> int | None:
    """The year another date in the same sentence states, if it is not after the reference:
    the one of the date that ends a range it begins ("between 1 August and 19 December 2016"),
    else the only one."""
    at = sentence.find(expr)
    closing = _RANGE_END.match(sentence[at + len(expr):]) if at >= 0 else None
    if closing is not None and int(closing.group(1)) <= reference.year:
        return int(closing.group(1))
    rest = sentence.replace(expr, " ")
    years = {int(y) for y in _YEAR.findall(rest) if int(y) <= reference.year}
    return years.pop() if len(years) == 1 else None


def _shift(match: re.Match[str], previous: When | None) -> When | None:
    if previous is None or previous.precision != "day":
        return None
    which, relation, count, direction = match.groups()
    if which or relation:
        step = 1 if (which or relation).lower() in ("following", "next", "after") else -1
    else:
        number = _NUMBER_WORDS.get(count.lower()) if not count.isdigit() else int(count)
        if number is None:
            return None
        step = number if direction.lower() in ("later", "after") else -number
    day = previous.start + timedelta(days=step)
    return replace(previous, start=day, end=day)


def _part_of_month(part: str, month_text: str, reference: date, inferred: bool) -> When | None:
    parsed = _parse(month_text, reference)
    if parsed is None:
        return None
    day, _ = parsed
    explicit_year = _YEAR.search(month_text) is not None
    if not explicit_year and day > reference:
        day = day.replace(year=day.year - 1)
    last = calendar.monthrange(day.year, day.month)[1]
    first, final = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10),
                    "mid": (11, 20), "middle of": (11, 20)}.get(part, (21, last))
    precision = "year" if inferred and not explicit_year else "month"
    return When(day.replace(day=first), day.replace(day=final), precision,
                inferred=inferred and not explicit_year)


def infer_reference(expressions: list[str]) -> date | None:
    """Return the latest complete date (day, month and year) the text states, not after today."""
    best: date | None = None
    today = date.today()
    for expr in expressions:
        cleaned = _clean(expr)
        if not (_YEAR.search(cleaned) and _DAY_OF_MONTH.search(cleaned)) and not re.fullmatch(
                r"\d{4}-\d\d-\d\d", cleaned):
            continue
        parsed = _parse(cleaned, today)
        if parsed and parsed[1] == "day" and parsed[0] <= today and (best is None or parsed[0] > best):
            best = parsed[0]
    return best

