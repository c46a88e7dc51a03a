"""The ``sitrep`` command: a thin layer over the library that turns errors into messages.

Exit codes: 0 success, 1 some input failed or an error occurred, 2 usage error.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from sitrep import __version__
from sitrep.config import Settings, load_settings, parse_duration
from sitrep.errors import NotFoundError, SitrepError
from sitrep.events import export as event_export
from sitrep.events.fuse import country_name
from sitrep.geo.gazetteer import Gazetteer
from sitrep.pipeline import IngestReport, ProcessReport, ingest, process
from sitrep.records import Mention
from sitrep.sources import add_source, poll, remove_source
from sitrep.store import ArticleView, Store
from sitrep.store.events import EventFilter, EventView

F = TypeVar("F", bound=Callable[..., Any])

# Tables written to a pipe or a file get room instead of the 80 columns rich assumes there.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DEFAULT_SAMPLE = Path("data/sample/articles")


class Context:
    """What every command gets: settings from all layers, output mode, and the store."""

    def __init__(self, *, db: str | None, quiet: bool, as_json: bool) -> None:
        self.settings: Settings = load_settings(db=db)
        self.quiet = quiet
        self.as_json = as_json
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.settings.db)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def emit(self, data: Any) -> None:
        click.echo(json.dumps(data, ensure_ascii=False, default=str))


def command_options(func: F) -> F:
    """Add --db, --quiet and --json to a command, and turn library errors into messages."""

    @click.option("--db", "db", envvar="SITREP_DB", default=None, metavar="URL",
                  help="Database URL (default sqlite:///sitrep.db; env SITREP_DB).")
    @click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
    @click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
    @functools.wraps(func)
    def wrapper(*args: Any, db: str | None, quiet: bool, as_json: bool, **kwargs: Any) -> Any:
        ctx: Context | None = None
        try:
            ctx = Context(db=db, quiet=quiet, as_json=as_json)
            return func(ctx, *args, **kwargs)
        except SitrepError as exc:
            err.print(f"error: {exc.message}", markup=False)
            sys.exit(1)
        except KeyboardInterrupt:
            err.print("interrupted: work committed so far is kept; rerun to resume", markup=False)
            sys.exit(130)
        finally:
            if ctx is not None:
                ctx.close()

    return wrapper  # type: ignore[return-value]


@click.group(name="sitrep", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
def main() -> None:
    """Sitrep: news about a conflict region in; clean, de-duplicated, searchable articles out."""


# -- ingest ---------------------------------------------------------------------------------


@contextmanager
def _progress(ctx: Context, label: str) -> Iterator[Callable[[str, str], None] | None]:
    if ctx.quiet or ctx.as_json or not err.is_terminal:
        yield None
        return
    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                  TextColumn("{task.completed} inputs"), TimeElapsedColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda _kind, _origin: bar.advance(task)


def _report(ctx: Context, report: IngestReport) -> None:
    if ctx.as_json:
        ctx.emit(report.to_json())
    else:
        for rejection in report.rejections:
            err.print(f"error: {rejection.origin}: {rejection.message} [{rejection.reason}]",
                      markup=False)
        if not ctx.quiet:
            out.print(f"stored {report.stored} articles ({report.duplicates} copies of earlier "
                      f"ones), {report.unchanged} unchanged, {len(report.rejections)} rejected")
    if report.failed:
        sys.exit(1)


def _process(ctx: Context, *, redo_all: bool = False) -> ProcessReport:
    with _progress(ctx, "analysing") as hook:
        return process(store=ctx.store, settings=ctx.settings, redo_all=redo_all, progress=hook)


@main.command("ingest")
@click.argument("targets", nargs=-1, required=True)
@click.option("--no-process", is_flag=True, help="Store articles without analysing them.")
@command_options
def ingest_cmd(ctx: Context, targets: tuple[str, ...], no_process: bool) -> None:
    """Ingest files, directories, JSONL, WARC(.gz), page URLs and RSS/Atom feed URLs, then
    analyse the new articles (actors, places, dates) unless --no-process."""
    with _progress(ctx, "ingesting") as hook:
        report = ingest(targets, store=ctx.store, settings=ctx.settings, progress=hook)
    if not no_process:
        analysed = _process(ctx)
        if not ctx.quiet and not ctx.as_json and analysed.analysed:
            out.print(f"analysed {analysed.analysed} articles: {analysed.mentions} mentions")
    _report(ctx, report)


@main.command("process")
@click.option("--all", "redo_all", is_flag=True, help="Redo every article, not only new ones.")
@command_options
def process_cmd(ctx: Context, redo_all: bool) -> None:
    """Analyse stored articles not yet analysed by this version: actors, places, dates."""
    report = _process(ctx, redo_all=redo_all)
    if ctx.as_json:
        ctx.emit(report.to_json())
    elif not ctx.quiet:
        out.print(f"analysed {report.analysed} articles: {report.mentions} mentions "
                  f"({report.version})", markup=False)


@main.command("demo")
@click.option("--corpus", type=click.Path(path_type=Path), default=DEFAULT_SAMPLE,
              show_default=True, help="Folder of sample articles to ingest.")
@command_options
def demo_cmd(ctx: Context, corpus: Path) -> None:
    """Ingest the bundled sample corpus and show what was stored."""
    if not corpus.is_dir():
        raise click.UsageError(f"no sample corpus at {corpus}")
    with _progress(ctx, "ingesting sample corpus") as hook:
        report = ingest([str(corpus)], store=ctx.store, settings=ctx.settings, progress=hook)
    analysed = _process(ctx)
    if ctx.as_json:
        ctx.emit(report.to_json() | {"analysis": analysed.to_json()})
        return
    out.print(f"stored {report.stored} articles ({report.duplicates} copies), "
              f"{report.unchanged} already stored, {len(report.rejections)} rejected; "
              f"analysed {analysed.analysed}")
    _print_stats(ctx)
    _articles_table(ctx.store.articles(limit=10), title="Latest articles")
    _counts_table(ctx.store.mention_counts("place", limit=10), "place", title="Most named places")
    _counts_table(ctx.store.mention_counts("actor", limit=10), "actor", title="Most named actors")
    _events_table(ctx.store.events(limit=15, order="fatalities"),
                  title="Top events (deadliest, then best sourced)")
    geojson_count = _export_events(ctx, "geojson", Path("events.geojson"), EventFilter())
    csv_count = _export_events(ctx, "acled-csv", Path("events.csv"), EventFilter())
    out.print(f"wrote {geojson_count} events to events.geojson and {csv_count} to events.csv "
              "(ACLED columns)", markup=False)
    out.print("Try: sitrep events --near 'Al Qaim' --km 50  ·  sitrep events show IRQ1  ·  "
              "sitrep articles search 'Ramadi'  ·  sitrep places  ·  sitrep actors")


# -- sources --------------------------------------------------------------------------------


@main.group("sources")
def sources_group() -> None:
    """Feeds and pages polled on a schedule."""


@sources_group.command("add")
@click.argument("url")
@click.option("--every", default="30m", show_default=True,
              help="How often to poll: 90s, 10m, 2h, 1d.")
@command_options
def sources_add(ctx: Context, url: str, every: str) -> None:
    """Add a feed or page URL to poll."""
    row = add_source(ctx.store, url, every_seconds=parse_duration(every))
    if ctx.as_json:
        ctx.emit({"id": row.id, "url": row.url, "every_seconds": row.every_seconds})
    elif not ctx.quiet:
        out.print(f"added source {row.id}: {row.url} every {every}", markup=False)


@sources_group.command("list")
@command_options
def sources_list(ctx: Context) -> None:
    """List sources with their schedule and last result."""
    rows = ctx.store.sources()
    if ctx.as_json:
        ctx.emit([{"id": r.id, "url": r.url, "every_seconds": r.every_seconds,
                   "last_polled": r.last_polled, "next_due": r.next_due,
                   "last_status": r.last_status, "stored_total": r.stored_total} for r in rows])
        return
    table = Table("id", "url", "every", "last polled", "next due", "stored", "last status")
    for r in rows:
        table.add_row(str(r.id), r.url, f"{r.every_seconds:g}s", str(r.last_polled or "never"),
                      str(r.next_due), str(r.stored_total), r.last_status or "")
    out.print(table)


@sources_group.command("remove")
@click.argument("source")
@command_options
def sources_remove(ctx: Context, source: str) -> None:
    """Remove a source (by number or URL); its articles stay stored."""
    remove_source(ctx.store, source)
    if not ctx.quiet and not ctx.as_json:
        out.print(f"removed source {source}", markup=False)


@main.command("poll")
@command_options
def poll_cmd(ctx: Context) -> None:
    """Fetch every source that is due, once."""
    with _progress(ctx, "polling") as hook:
        results = poll(ctx.store, settings=ctx.settings, progress=hook)
    total = IngestReport()
    for result in results:
        total.merge(result.report)
    if not ctx.as_json and not ctx.quiet:
        out.print(f"polled {len(results)} due sources")
    _report(ctx, total)


# -- articles -------------------------------------------------------------------------------


@main.group("articles")
def articles_group() -> None:
    """List, show and search stored articles."""


def _articles_table(views: list[ArticleView], *, title: str | None = None) -> None:
    table = Table("id", "doc_id", "published", "lang", "copy of", "title", title=title)
    for v in views:
        table.add_row(str(v.id), _short(v.doc_id, 40), v.published_text or "", v.lang or "",
                      str(v.duplicate_of or ""), _short(v.title or v.text, 70))
    out.print(table)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@articles_group.command("list")
@click.option("--limit", type=click.IntRange(1, 100000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--originals", is_flag=True, help="Leave out copies of earlier articles.")
@command_options
def articles_list(ctx: Context, limit: int, offset: int, originals: bool) -> None:
    """List articles, newest first."""
    views = ctx.store.articles(limit=limit, offset=offset, include_duplicates=not originals)
    if ctx.as_json:
        ctx.emit([v.to_json() | {"text": _short(v.text, 200)} for v in views])
    else:
        _articles_table(views)


@articles_group.command("show")
@click.argument("article")
@command_options
def articles_show(ctx: Context, article: str) -> None:
    """Show one article, by number or document id."""
    view = ctx.store.article(article)
    copies = ctx.store.duplicates_of(view.id)
    if ctx.as_json:
        ctx.emit(view.to_json() | {"copies": [c.doc_id for c in copies]})
        return
    out.print(f"[bold]{view.title or '(no title)'}[/bold]")
    out.print(f"article {view.id} · doc_id {view.doc_id} · published {view.published_text or 'unknown'}"
              f" · lang {view.lang} · {view.extract_version}", markup=False)
    if view.url:
        out.print(view.url, markup=False)
    if view.duplicate_of:
        out.print(f"copy of article {view.duplicate_of} ({view.duplicate_of_doc_id}), "
                  f"similarity {view.similarity:.2f}", markup=False)
    if copies:
        out.print(f"copies: {', '.join(f'{c.id} ({c.doc_id})' for c in copies)}", markup=False)
    mentions = ctx.store.mentions(view.id)
    out.print()
    out.print(_marked(view.text, mentions))
    if mentions:
        out.print()
        out.print("[place → where] [actor → who (type)] [date → when]; "
                  f"{len(mentions)} mentions", markup=False)
    elif view.duplicate_of:
        out.print(f"\n(mentions are kept on the original, article {view.duplicate_of})",
                  markup=False)


_STYLE = {"place": "bold green", "actor": "bold cyan", "date": "bold yellow"}


def _label(m: Mention) -> str:
    if m.kind == "place":
        if not m.ref:
            return "?"
        where = ", ".join(p for p in (m.name, m.admin1 if m.precision == "town" else None,
                                      m.country) if p)
        return f"{where}; {m.precision}"
    if m.kind == "actor":
        return f"{m.name} ({m.actor_type})"
    return m.ref or "?"


def _marked(text: str, mentions: list[Mention]) -> Text:
    """The text with each outermost mention shown as [words → what it resolved to]."""
    result = Text()
    position = 0
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start < position:
            continue  # nested in a mention already shown ("Iraqi" in "Iraqi army")
        result.append(text[position:m.start])
        result.append(f"[{text[m.start:m.end]} → {_label(m)}]", style=_STYLE.get(m.kind, "bold"))
        position = m.end
    result.append(text[position:])
    return result


@articles_group.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@command_options
def articles_search(ctx: Context, query: str, limit: int) -> None:
    """Full-text search over titles and texts (SQLite FTS5 syntax accepted)."""
    hits = ctx.store.search(query, limit=limit)
    if ctx.as_json:
        ctx.emit([v.to_json() | {"snippet": s, "text": _short(v.text, 200)} for v, s in hits])
        return
    if not hits:
        out.print("no articles match", markup=False)
        return
    table = Table("id", "published", "title", "snippet")
    for view, snippet in hits:
        table.add_row(str(view.id), view.published_text or "", _short(view.title or "", 50),
                      _short(snippet, 90))
    out.print(table)


# -- places and actors ----------------------------------------------------------------------


def _counts_table(rows: list[Any], kind: str, *, title: str | None = None) -> None:
    if kind == "place":
        table = Table("id", "place", "country", "admin1", "precision", "lat, lon", "articles",
                      "mentions", title=title)
        for r in rows:
            table.add_row(r.ref or "", r.name, r.country or "", r.admin1 or "", r.precision or "",
                          f"{r.lat:.3f}, {r.lon:.3f}" if r.lat is not None else "",
                          str(r.articles), str(r.mentions))
    else:
        table = Table("id", "actor", "type", "country", "articles", "mentions", title=title)
        for r in rows:
            table.add_row(r.ref or "", r.name, r.actor_type or "", r.country or "",
                          str(r.articles), str(r.mentions))
    out.print(table)


def _counts_command(kind: str) -> Callable[..., None]:
    def run(ctx: Context, limit: int, country: str | None, unresolved: bool) -> None:
        rows = ctx.store.mention_counts(kind, limit=limit, country=country,
                                        include_unresolved=unresolved)
        if ctx.as_json:
            ctx.emit([r.to_json() for r in rows])
        elif not rows:
            out.print(f"no {kind}s found yet: run sitrep process", markup=False)
        else:
            _counts_table(rows, kind)
    return run


for _kind, _help in (("place", "Places the articles name, resolved on the map, with counts."),
                     ("actor", "Actors the articles name, with their types and counts.")):
    _cmd = _counts_command(_kind)
    _cmd.__doc__ = _help
    _cmd = command_options(_cmd)
    _cmd = click.option("--unresolved", is_flag=True,
                        help=f"Include {_kind} names that resolved to nothing.")(_cmd)
    _cmd = click.option("--country", default=None, metavar="CC",
                        help="Only this country (ISO code, e.g. IQ).")(_cmd)
    _cmd = click.option("--limit", type=click.IntRange(1, 100000), default=30,
                        show_default=True)(_cmd)
    main.command(f"{_kind}s", help=_help)(_cmd)


# -- events ---------------------------------------------------------------------------------


def _when(event: Any) -> str:
    if event.date_start is None:
        return "?"
    if event.time_precision == 1 or event.date_end in (None, event.date_start):
        return str(event.date_start.isoformat())
    return f"{event.date_start.isoformat()}…{event.date_end.isoformat()}"


def _events_table(views: list[EventView], *, title: str | None = None) -> None:
    table = Table("id", "date", "type", "actor 1", "actor 2", "where", "killed", "sources",
                  title=title)
    for view in views:
        e = view.event
        where = ", ".join(x for x in (e.location, e.admin1 if e.geo_precision == 1 else None,
                                      e.country) if x)
        table.add_row(view.event_id, _when(e), e.sub_event_type,
                      _short(e.actor1.name, 40) if e.actor1 else "",
                      _short(e.actor2.name, 40) if e.actor2 else "", _short(where, 40),
                      str(e.fatalities), str(e.sources))
    out.print(table)


def _place_point(name: str) -> tuple[float, float]:
    """Where a place name the user typed is (the most populous exact match)."""
    places = Gazetteer.open().lookup(name)
    if not places:
        raise NotFoundError(f"no place called {name!r} in the gazetteer")
    best = max(places, key=lambda p: (p.exact, p.kind == "town", p.population))
    return best.lat, best.lon


def _event_filter(country: str | None, admin1: str | None, event_type: str | None,
                  actor: str | None, since: Any, until: Any, min_fatalities: int | None,
                  near: str | None, km: float) -> EventFilter:
    point = _place_point(near) if near else None
    return EventFilter(country=country, admin1=admin1, event_type=event_type, actor=actor,
                       since=since.date() if since else None, until=until.date() if until else None,
                       min_fatalities=min_fatalities,
                       near=(point[0], point[1], km) if point else None)


def _filter_options(func: F) -> F:
    options = [
        click.option("--near", default=None, metavar="PLACE",
                     help="Only events within --km of this place (e.g. \"Al Qaim\")."),
        click.option("--km", type=click.FloatRange(0, 20000), default=50.0, show_default=True),
        click.option("--country", default=None, metavar="CC", help="ISO code, e.g. IQ."),
        click.option("--admin1", default=None, help="Province (part of its name), e.g. Anbar."),
        click.option("--type", "event_type", default=None,
                     help="ACLED event type or sub-event type, e.g. Battles."),
        click.option("--actor", default=None, help="Actor 1 or 2 (part of the name)."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None),
        click.option("--min-fatalities", type=click.IntRange(0), default=None),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@main.group("events", invoke_without_command=True)
@_filter_options
@click.option("--limit", type=click.IntRange(1, 100000), default=30, show_default=True)
@command_options
def events_group(ctx: Context, near: str | None, km: float, country: str | None,
                 admin1: str | None, event_type: str | None, actor: str | None, since: Any,
                 until: Any, min_fatalities: int | None, limit: int) -> None:
    """List events, latest first (see 'sitrep events show ID')."""
    click_ctx = click.get_current_context()
    if click_ctx.invoked_subcommand is not None:
        return
    where = _event_filter(country, admin1, event_type, actor, since, until, min_fatalities,
                          near, km)
    views = ctx.store.events(where, limit=limit)
    if ctx.as_json:
        ctx.emit([event_export.event_json(v.event_id, v.event, []) for v in views])
        return
    if not views:
        hint = "" if ctx.store.stats().event_reports else \
            " (none coded yet: run 'sitrep ingest FILES' or 'sitrep process')"
        out.print(f"no events match{hint}", markup=False)
        return
    _events_table(views)


@events_group.command("show")
@click.argument("event_id")
@command_options
def events_show(ctx: Context, event_id: str) -> None:
    """Show one event: its fields, its sources and their evidence, and its changes."""
    view = ctx.store.event(event_id)
    e = view.event
    if ctx.as_json:
        ctx.emit(event_export.event_json(view.event_id, e, list(view.source_names)) | {
            "reports": [event_export.report_json(r.doc_id, r.event_id, r.report)
                        for r in view.reports],
            "changes": [{"at": c.at.isoformat(), "field": c.field, "old": c.old, "new": c.new,
                         "article_id": c.article_id} for c in view.changes]})
        return
    out.print(f"[bold]{view.event_id}[/bold] · {e.event_type}: {e.sub_event_type}"
              f"{' · withdrawn' if view.withdrawn else ''}")
    rows = [("date", f"{_when(e)} (time precision {e.time_precision})"),
            ("where", f"{e.location}, {e.admin1 or '-'}, {country_name(e.country)} "
                      f"({e.lat}, {e.lon}; geo precision {e.geo_precision})"),
            ("actor 1", e.actor1.name if e.actor1 else "-"),
            ("assoc. actor 1", "; ".join(a.name for a in e.assoc_actor_1) or "-"),
            ("actor 2", e.actor2.name if e.actor2 else "-"),
            ("assoc. actor 2", "; ".join(a.name for a in e.assoc_actor_2) or "-"),
            ("fatalities", str(e.fatalities)),
            ("sources", f"{e.sources} independent, {e.reports} reports; confidence {e.confidence}")]
    for label, value in rows:
        out.print(f"  {label:<15} {value}", markup=False)
    for number, item in enumerate(view.reports, 1):
        r = item.report
        out.print()
        out.print(f"[{number}] {item.title or '(no title)'} · {item.source or item.doc_id} · "
                  f"published {item.published or 'unknown'} · doc_id {item.doc_id}", markup=False)
        out.print(f"    {r.sub_event_type} · {r.location} · {_when(r)} · killed {r.fatalities}"
                  f" · confidence {r.confidence}"
                  f"{' · inherited ' + ', '.join(r.inherited) if r.inherited else ''}",
                  markup=False)
        out.print(_evidence(r.evidence, r.trigger))
    if view.changes:
        out.print()
        out.print("changes:", markup=False)
        for c in view.changes:
            out.print(f"  {c.at:%Y-%m-%d %H:%M} {c.field}: {c.old or '-'} → {c.new or '-'} "
                      f"(article {c.article_id})", markup=False)


def _evidence(sentence: str, trigger: str) -> Text:
    """The evidence sentence, its trigger word highlighted."""
    text = Text("    “")
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        text.append(sentence, style="italic")
    else:
        text.append(sentence[:at], style="italic")
        text.append(sentence[at:at + len(trigger)], style="bold reverse")
        text.append(sentence[at + len(trigger):], style="italic")
    text.append("”")
    return text


def _export_events(ctx: Context, fmt: str, output: Path | None, where: EventFilter) -> int:
    views = ctx.store.events(where, limit=None)
    provenance = ctx.store.event_provenance([v.event_id for v in views])
    if fmt == "acled-csv":
        rows = (event_export.acled_row(v.event_id, v.event, country_name(v.event.country),
                                       *provenance.get(v.event_id, ([], "")))
                for v in views)
        if output is None:
            return event_export.write_csv(rows, sys.stdout)
        with output.open("w", encoding="utf-8", newline="") as fh:
            return event_export.write_csv(rows, fh)
    items = [event_export.event_json(v.event_id, v.event, provenance.get(v.event_id, ([], ""))[0])
             for v in views]
    if fmt == "parquet":
        if output is None:
            raise click.UsageError("--format parquet needs --output FILE")
        event_export.write_parquet(items, output)
    elif fmt == "geojson":
        data = event_export.dumps_geojson(items)
        if output is None:
            sys.stdout.write(data + "\n")
        else:
            output.write_text(data + "\n", encoding="utf-8")
    else:
        lines = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
        if output is None:
            sys.stdout.write(lines)
        else:
            output.write_text(lines, encoding="utf-8")
    return len(items)


# -- stats and export -----------------------------------------------------------------------


def _print_stats(ctx: Context) -> None:
    s = ctx.store.stats()
    out.print(f"{s.documents} documents ({s.raw_bytes:,} bytes raw, {s.stored_bytes:,} stored), "
              f"{s.articles} articles: {s.originals} originals, {s.duplicates} copies, "
              f"{s.non_english} not in English; {s.sources} sources")
    if s.by_lang:
        out.print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(s.by_lang.items())),
                  markup=False)
    if s.mentions:
        out.print(f"analysed {s.analysed} articles: " + ", ".join(
            f"{n} {kind} mentions" for kind, n in sorted(s.mentions.items())), markup=False)
        out.print(f"{s.events} events from {s.event_reports} event reports", markup=False)
    if s.rejections:
        table = Table("reason", "rejected inputs", title="Rejections by reason")
        for reason, count in s.rejections.items():
            table.add_row(reason, str(count))
        out.print(table)


@main.command("stats")
@command_options
def stats_cmd(ctx: Context) -> None:
    """Counts of documents, articles, copies, languages and rejections by reason."""
    if ctx.as_json:
        s = ctx.store.stats()
        ctx.emit({k: getattr(s, k) for k in s.__slots__})
    else:
        _print_stats(ctx)


@main.command("export")
@click.option("--what", type=click.Choice(["articles", "mentions", "events", "event-reports"]),
              default="articles", show_default=True)
@click.option("--format", "fmt",
              type=click.Choice(["jsonl", "acled-csv", "geojson", "parquet"]), default="jsonl",
              show_default=True, help="acled-csv, geojson and parquet are for --what events.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
@command_options
def export_cmd(ctx: Context, what: str, fmt: str, output: Path | None) -> None:
    """Export stored records: articles, mentions, events or event reports."""
    if fmt != "jsonl" and what != "events":
        raise click.UsageError(f"--format {fmt} is for --what events; use jsonl for {what}")
    if what == "events":
        count = _export_events(ctx, fmt, output, EventFilter())
    else:
        count = _export_lines(ctx, what, output)
    if output and not ctx.quiet:
        err.print(f"wrote {count} {what} to {output}", markup=False)


def _export_lines(ctx: Context, what: str, output: Path | None) -> int:
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    count = 0
    try:
        if what == "mentions":
            lines: Iterator[dict[str, Any]] = (mention_json(doc_id, m)
                                               for doc_id, m in ctx.store.iter_mentions())
        elif what == "event-reports":
            lines = (event_export.report_json(r.doc_id, r.event_id, r.report)
                     for r in ctx.store.iter_event_reports())
        else:
            lines = (view.to_json() for view in ctx.store.iter_articles())
        for line in lines:
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
    finally:
        if output:
            stream.close()
    return count


def mention_json(doc_id: str, m: Mention) -> dict[str, Any]:
    """One line of the mentions export (a public contract, documented in the README)."""
    return {"doc_id": doc_id, "kind": m.kind, "start": m.start, "end": m.end, "text": m.text,
            "resolved_id": m.ref, "name": m.name, "lat": m.lat, "lon": m.lon,
            "country": m.country, "admin1": m.admin1, "admin2": m.admin2,
            "precision": m.precision, "geo_precision": m.geo_precision,
            "time_precision": m.time_precision, "actor_type": m.actor_type, "inter": m.inter,
            "affiliation": m.affiliation,
            "date_start": m.date_start.isoformat() if m.date_start else None,
            "date_end": m.date_end.isoformat() if m.date_end else None,
            "inferred": m.inferred, "source": m.source}


if __name__ == "__main__":
    main()
