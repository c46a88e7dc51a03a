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

from sitrep import __version__
from sitrep.config import Settings, load_settings, parse_duration
from sitrep.errors import SitrepError
from sitrep.pipeline import IngestReport, ingest
from sitrep.sources import add_source, poll, remove_source
from sitrep.store import ArticleView, Store

F = TypeVar("F", bound=Callable[..., Any])

out = Console(highlight=False, soft_wrap=True)
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


@main.command("ingest")
@click.argument("targets", nargs=-1, required=True)
@command_options
def ingest_cmd(ctx: Context, targets: tuple[str, ...]) -> None:
    """Ingest files, directories, JSONL, WARC(.gz), page URLs and RSS/Atom feed URLs."""
    with _progress(ctx, "ingesting") as hook:
        report = ingest(targets, store=ctx.store, settings=ctx.settings, progress=hook)
    _report(ctx, report)


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
    if ctx.as_json:
        ctx.emit(report.to_json())
        return
    out.print(f"stored {report.stored} articles ({report.duplicates} copies), "
              f"{report.unchanged} already stored, {len(report.rejections)} rejected")
    _print_stats(ctx)
    _articles_table(ctx.store.articles(limit=10), title="Latest articles")
    out.print("Try: sitrep articles search 'Ramadi'  ·  sitrep articles show 1  ·  sitrep stats")


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
    out.print()
    out.print(view.text, markup=False)


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


# -- stats and export -----------------------------------------------------------------------


def _print_stats(ctx: Context) -> None:
    s = ctx.store.stats()
    out.print(f"{s.documents} documents ({s.raw_bytes:,} bytes raw, {s.stored_bytes:,} stored), "
              f"{s.articles} articles: {s.originals} originals, {s.duplicates} copies, "
              f"{s.non_english} not in English; {s.sources} sources")
    if s.by_lang:
        out.print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(s.by_lang.items())),
                  markup=False)
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
@click.option("--what", type=click.Choice(["articles"]), default="articles", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
@command_options
def export_cmd(ctx: Context, what: str, fmt: str, output: Path | None) -> None:
    """Export stored records, one JSON object a line."""
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    count = 0
    try:
        for view in ctx.store.iter_articles():
            stream.write(json.dumps(view.to_json(), ensure_ascii=False) + "\n")
            count += 1
    finally:
        if output:
            stream.close()
    if output and not ctx.quiet:
        err.print(f"wrote {count} {what} to {output}", markup=False)


if __name__ == "__main__":
    main()
