"""The ``tollbook`` command: a thin face over the library."""
from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click

from . import __version__
from .pipeline import attribute, run
from .export import export_ledger
from .render import CONFLICT_RENDERERS, ENTRY_RENDERERS, RENDERERS, TIMELINE_RENDERERS, render_attributions
from .sources import InputError, Repeat, read_sources, well_formed_tree, without_repeats


# The database layer (SQLAlchemy, half a second to import) and the HTTP client load only for
# the commands that use them: `tollbook extract` on files starts without either.
class Ledger:
    @staticmethod
    def open(*args, **kwargs):
        from .store import Ledger as _Ledger

        return _Ledger.open(*args, **kwargs)


def fetch_source(fetcher, url):
    from .fetch import fetch_source as _fetch_source

    return _fetch_source(fetcher, url)


class _UrlReader:
    """Reads URLs through one HTTP client, made on the first URL: a run over files only
    never imports the client (httpx, a fifth of a second)."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self.fetcher = None

    def __enter__(self) -> "_UrlReader":
        return self

    def __exit__(self, *exc) -> None:
        if self.fetcher is not None:
            self.fetcher.close()

    def __call__(self, url: str):
        if self.fetcher is None:
            self.fetcher = _fetcher(self.allow_private)
        return fetch_source(self.fetcher, url)


def _default_format() -> str:
    return "table" if sys.stdout.isatty() else "jsonl"


def db_option(f):
    return click.option("--db", envvar="TOLLBOOK_DB", default=None, metavar="PATH_OR_URL",
                        help="Ledger database: an SQLite file (default tollbook.db) or an SQLAlchemy URL.")(f)


def format_option(choices: tuple[str, ...]):
    return click.option("--format", "fmt", type=click.Choice(choices), default=None,
                        help="Output format (default: table on a terminal, else jsonl).")


def _width() -> int:
    """Width for tables: COLUMNS when set, else the terminal's; output to a file or pipe is not
    fitted (its lines are as long as their text)."""
    import os
    import shutil

    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else 100_000


def _table_options(fmt: str, ledger: Ledger, evidence_of: list | None = None) -> dict:
    """Width and, for ``--evidence``, each listed entry's sentence (``evidence_of``: the entries)."""
    if fmt != "table":
        return {}
    if evidence_of is None:
        return {"width": _width()}
    from .evidence import first_sentences

    sentences = first_sentences(ledger, (e.entry_id for e in evidence_of))
    return {"width": _width(), "evidence": lambda eid: sentences.get(eid, "")}


def _emit(lines) -> None:
    for line in lines:
        click.echo(line)


def _report(err: InputError) -> None:
    click.echo(f"tollbook: {err}", err=True)


def _first_reads(items):
    """Each document once: a repeat in the batch is noted on stderr and skipped."""
    for item in without_repeats(items):
        if isinstance(item, Repeat):
            click.echo(f"tollbook: {item}", err=True)
        else:
            yield item


# Arguments that name a file, a database or an address keep their bytes as the system gave them
# (a file name need not be UTF-8); every other text argument is a value to match or store.
_PLACES = frozenset({"paths", "db", "feeds", "out_dir", "mapping_file", "cluster", "host"})


class _Command(click.Command):
    """An argument undecodable as UTF-8 reaches Python as lone surrogates, which no database
    query or store can take: a value's are read as U+FFFD (a traceback before)."""

    def invoke(self, ctx):
        for k, v in ctx.params.items():
            if k not in _PLACES and isinstance(v, (str, tuple)):
                ctx.params[k] = well_formed_tree(v)
        return super().invoke(ctx)


class _Group(click.Group):
    """Library errors a user can act on become one clear line, not a traceback."""

    command_class = _Command
    group_class = type  # (the "series" group is one too)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Exception as e:
            # (only a command that opened the ledger can raise it: the others never import the
            # database layer, half a second)
            store = sys.modules.get("tollbook.store")
            if store is not None and isinstance(e, store.SchemaError):
                raise click.ClickException(str(e))
            raise


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="tollbook")
def main() -> None:
    """tollbook: a ledger of casualty claims read out of news text."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@format_option(("jsonl", "table"))
@click.option("--allow-private", is_flag=True, help="Let URLs reach private, loopback and link-local addresses.")
def extract(paths: tuple[str, ...], fmt: str | None, allow_private: bool) -> None:
    """Print the casualty claims in PATHS (.txt, .html, .jsonl, directories; - for JSONL on stdin).

    Example: tollbook extract article.txt --format jsonl
    """
    fmt = fmt or _default_format()
    render = RENDERERS[fmt] if fmt != "table" else (lambda items: RENDERERS["table"](items, width=_width()))
    failed = False

    def claims():
        nonlocal failed
        with _UrlReader(allow_private) as fetch:
            for item in run(_first_reads(read_sources(paths, fetch=fetch))):
                if isinstance(item, InputError):
                    failed = True
                    _report(item)
                    continue
                yield from item.claims

    _emit(render(claims()))
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@format_option(("jsonl", "table"))
@click.option("--allow-private", is_flag=True, help="Let URLs reach private, loopback and link-local addresses.")
def attributions(paths: tuple[str, ...], fmt: str | None, allow_private: bool) -> None:
    """Print who says what in PATHS: every attribution's cue, source and content, with
    character offsets into the input text.

    Example: tollbook attributions article.txt --format jsonl
    """
    failed = False

    def records():
        nonlocal failed
        with _UrlReader(allow_private) as fetch:
            for src in _first_reads(read_sources(paths, fetch=fetch)):
                item = src if isinstance(src, InputError) else attribute(src)
                if isinstance(item, InputError):
                    failed = True
                    _report(item)
                    continue
                yield from item.records()

    _emit(render_attributions(records(), fmt or _default_format()))
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--jobs", "-j", type=int, default=None,
              help="Worker processes beside the one writing the ledger (default: one per core; 0: all in one process).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--allow-private", is_flag=True, help="Let URLs reach private, loopback and link-local addresses.")
@click.option("--cluster", metavar="tcp://HOST:8786", help="Run extraction on this Dask distributed scheduler.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=COLUMN",
              help="CSV column for a field (id, text, html, url, outlet, published); repeatable.")
def ingest(paths: tuple[str, ...], db: str | None, jobs: int | None, progress: bool | None, allow_private: bool,
           cluster: str | None, columns: tuple[str, ...]) -> None:
    """Extract claims from PATHS and store them in the ledger database.

    Safe to interrupt and rerun: each document is stored in one transaction, and documents
    already in the ledger are skipped, so a rerun ends with the ledger an uninterrupted run gives.

    Example: tollbook ingest articles/ --db ledger.db --jobs 4
    """
    from .batch import ingest_all

    from .progress import ReadMeter, input_sizes

    show = sys.stderr.isatty() if progress is None else progress
    with Ledger.open(db) as ledger, _UrlReader(allow_private) as fetch:
        sources = read_sources(paths, fetch=fetch, columns=_columns(columns))
        sizes = input_sizes(paths) if show else None
        meter = ReadMeter(sizes) if sizes else None
        stats = ingest_all(ledger, meter.watch(sources) if meter else sources, jobs=jobs, on_error=_report,
                           progress=show, cluster=cluster, meter=meter)
    click.echo(f"ingested {stats.new} new document(s) with {stats.claims} claim(s); {stats.same} already in the ledger; "
               f"{stats.failed} failed ({stats.docs_per_s:.0f} documents/s)", err=True)
    sys.exit(1 if stats.failed else 0)


def _fetcher(allow_private: bool):
    from .fetch import Fetcher, FetchPolicy

    return Fetcher(FetchPolicy(allow_private=allow_private))


def _columns(specs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for spec in specs:
        field, sep, column = spec.partition("=")
        if not sep or field not in ("id", "text", "html", "url", "outlet", "published"):
            raise click.BadParameter(f"{spec!r}: expected FIELD=COLUMN with FIELD one of id, text, html, url, outlet, published")
        out[field] = column
    return out


def _duration(text: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        return float(text[:-1]) * units[text[-1]] if text[-1] in units else float(text)
    except (ValueError, IndexError):
        raise click.BadParameter(f"{text!r}: use a number of seconds or 30s, 15m, 1h")


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@db_option
@click.option("--every", default="15m", show_default=True, help="Time between polls: 30s, 15m, 1h.")
@click.option("--rounds", type=int, default=None, help="Stop after this many polls of every feed (default: never).")
@click.option("--allow-private", is_flag=True, help="Let URLs reach private, loopback and link-local addresses.")
def watch(feeds, db, every, rounds, allow_private) -> None:
    """Poll RSS/Atom feeds and ingest their new items; remembers what it has seen.

    Example: tollbook watch https://example.org/world.rss --every 15m
    """
    from .feeds import watch as watch_feeds

    def report(r) -> None:
        click.echo(f"{r.feed}: {r.new_items} new item(s), {r.stored} stored, {r.errors} error(s)", err=True)

    with Ledger.open(db) as ledger, _fetcher(allow_private) as fetcher:
        try:
            watch_feeds(ledger, fetcher, feeds, _duration(every), rounds, on_poll=report, on_error=_report)
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


@main.command(name="claims")
@db_option
@format_option(("table", "jsonl", "csv"))
@click.option("--metric", help="killed, wounded, captured, missing, destroyed, shot_down, …")
@click.option("--claimant", help="Claimant name or affiliation contains this.")
@click.option("--victims", help="Victims' affiliation or kind contains this.")
@click.option("--since", metavar="YYYY-MM-DD", help="As-of date on or after.")
@click.option("--until", metavar="YYYY-MM-DD", help="As-of date on or before.")
def claims_cmd(db, fmt, metric, claimant, victims, since, until) -> None:
    """List the claims stored in the ledger.

    Example: tollbook claims --metric killed --victims Russia --format csv
    """
    with Ledger.open(db) as ledger:
        fmt = fmt or _default_format()
        _emit(RENDERERS[fmt](ledger.claims(metric=metric, claimant=claimant, victims=victims, since=since, until=until),
                             **({"width": _width()} if fmt == "table" else {})))


@main.command(name="ledger")
@db_option
@format_option(("table", "jsonl", "csv"))
@click.option("--metric", help="killed, wounded, captured, …")
@click.option("--claimant", help="Claimant name contains this.")
@click.option("--victims", help="Victims' affiliation, kind or words contain this.")
@click.option("--place", help="Place name contains this.")
@click.option("--since", metavar="YYYY-MM-DD")
@click.option("--until", metavar="YYYY-MM-DD")
@click.option("--evidence", is_flag=True, help="Add each entry's evidence sentence (table format).")
def ledger_cmd(db, fmt, metric, claimant, victims, place, since, until, evidence) -> None:
    """The ledger: each claim once, with every outlet that carried it, grouped by victims and metric.

    Example: tollbook ledger --victims Russia --metric killed --evidence
    """
    fmt = fmt or _default_format()
    with Ledger.open(db) as ledger:
        items = ledger.entries(metric=metric, claimant=claimant, victims=victims, place=place, since=since, until=until)
        _emit(ENTRY_RENDERERS[fmt](items, **_table_options(fmt, ledger, items if evidence else None)))


@main.command()
@db_option
@format_option(("table", "jsonl", "csv"))
@click.option("--metric")
@click.option("--victims", help="Victims' affiliation or kind contains this.")
@click.option("--evidence", is_flag=True, help="Add each side's evidence sentence (table format).")
def conflicts(db, fmt, metric, victims, evidence) -> None:
    """Claimants contradicting each other: same victims, metric, place and period, figures apart.

    Example: tollbook conflicts --metric killed --evidence
    """
    fmt = fmt or _default_format()
    with Ledger.open(db) as ledger:
        if fmt == "jsonl":
            _emit(ledger.conflict_lines(metric=metric, victims=victims))
        else:
            items = ledger.conflicts(metric=metric, victims=victims)
            sides = [e for c in items for e in c.entries] if evidence else None
            _emit(CONFLICT_RENDERERS[fmt](items, **_table_options(fmt, ledger, sides)))


@main.command()
@db_option
@format_option(("table", "jsonl", "csv"))
@click.option("--victims", help="Victims' affiliation, kind or words contain this.")
@click.option("--metric")
def timeline(db, fmt, victims, metric) -> None:
    """Each claimant's figures over time for a victim group and metric.

    Example: tollbook timeline --victims Russia --metric killed
    """
    with Ledger.open(db) as ledger:
        _emit(TIMELINE_RENDERERS[fmt or _default_format()](ledger.timeline(victims=victims, metric=metric)))


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(("csv", "jsonl", "parquet")), default="csv", show_default=True)
@click.option("--out", "out_dir", default="tollbook-export", show_default=True, help="Directory for claims, entries, conflicts.")
def export(db, fmt, out_dir) -> None:
    """Write the claims, ledger entries and conflicts to files.

    Example: tollbook export --format parquet --out exports/
    """
    with Ledger.open(db) as ledger:
        try:
            written = export_ledger(ledger, Path(out_dir), fmt)
        except RuntimeError as e:
            raise click.ClickException(str(e))
    for path, n in written:
        click.echo(f"{path}: {n} rows", err=True)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db, host, port) -> None:
    """Serve the web UI and JSON API (OpenAPI docs at /docs).

    Example: TOLLBOOK_TOKEN=secret tollbook serve --host 0.0.0.0
    """
    import os

    import uvicorn

    from .web import create_app
    from .web.app import WebSettings

    settings = WebSettings(db=db)
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.token:
        click.echo(f"tollbook: warning: serving on {host} with no TOLLBOOK_TOKEN: anyone who can reach it can add documents",
                   err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=os.environ.get("TOLLBOOK_LOG", "info"))


def _samples(folder: Path):
    """The bundled sample articles, each with the outlet and date its sidecar (samples.json) gives."""
    import dataclasses
    import json

    meta = json.loads((folder / "samples.json").read_text(encoding="utf-8"))
    for item in read_sources([str(p) for p in sorted(folder.glob("*.txt"))]):
        known = meta.get(item.doc_id) if not isinstance(item, InputError) else None
        yield dataclasses.replace(item, **known) if known else item


@main.command()
@click.option("--db", default="tollbook-demo.db", show_default=True, help="Where to build the demo ledger (replaced).")
@format_option(("table", "jsonl", "csv"))
def demo(db: str, fmt: str | None) -> None:
    """Build a fresh ledger from the bundled sample articles and print it."""
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    samples = resources.files("tollbook").joinpath("data", "samples")
    with resources.as_file(samples) as folder:
        with Ledger.open(db) as ledger:
            for item in run(_samples(Path(folder))):
                if isinstance(item, InputError):
                    _report(item)
                    continue
                ledger.add(item.document, item.claims)
            docs, n = ledger.count()
            click.echo(f"demo ledger {db}: {docs} documents, {n} claims, {ledger.count_entries()} ledger entries", err=True)
            from .series import bundled_general_staff, mapping_files

            for path, m in mapping_files(bundled_general_staff()):
                ledger.import_series([path], m, on_error=_report, recheck=False)
            counts = ledger.recheck()
            click.echo(f"with the bundled General Staff series of Russian losses ({len(ledger.series())} series; "
                       "`tollbook check --all`): "
                       + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no news claim of that party") + "\n", err=True)
            fmt = fmt or "table"
            _emit(ENTRY_RENDERERS[fmt](ledger.entries(), **_table_options(fmt, ledger)))


# --- a party's own series and the check of news reports against it -------------------------

@main.group(name="series")
def series_group() -> None:
    """A party's own published series (running tallies) imported from CSV."""


@series_group.command(name="import")
@click.argument("paths", nargs=-1)
@db_option
@click.option("--mapping", "mapping_file", metavar="FILE.json|FILE.toml",
              help="Mapping file (party, victims, columns…); with no PATHS, import the files it lists.")
@click.option("--general-staff", is_flag=True, help="Import the bundled series of Ukraine's General Staff (Russian losses).")
@click.option("--party", help="Who publishes the series (the claimant), e.g. 'Ukrainian General Staff'.")
@click.option("--affiliation", help="The publisher's side, e.g. Ukraine (default: the party).")
@click.option("--kind", default="official", show_default=True, help="The publisher's kind: military, government, official, international, ngo.")
@click.option("--victims", help="Whose losses it counts: AFFILIATION/KIND, e.g. Russia/military, Ukraine/civilian.")
@click.option("--date-column", default="date", show_default=True)
@click.option("--map", "maps", multiple=True, metavar="COLUMN=METRIC[|METRIC]:UNIT",
              help="A figure column, e.g. personnel=killed|casualties:people, tank=destroyed:tanks; repeatable.")
@click.option("--since", metavar="YYYY-MM-DD", help="The day the tally counts from.")
@click.option("--corrections", is_flag=True, help="The files hold announced corrections (changes), not running totals.")
def series_import(paths, db, mapping_file, general_staff, party, affiliation, kind, victims, date_column, maps, since,
                  corrections) -> None:
    """Import a party's series from CSV and check the stored news claims against it.

    Example: tollbook series import losses.csv --party "Ukrainian General Staff" --affiliation Ukraine
    --kind military --victims Russia/military --map personnel=killed:people --map tank=destroyed:tanks
    """
    from dataclasses import replace

    from .series import MappingError, bundled_general_staff, load_mapping, mapping_files, mapping_from_flags

    try:
        if general_staff:
            jobs = mapping_files(bundled_general_staff())
        elif mapping_file and not paths:
            jobs = mapping_files(mapping_file)
        else:
            if not paths:
                raise click.UsageError("give series files, --mapping FILE or --general-staff")
            if mapping_file:
                m = load_mapping(mapping_file)
                m = replace(m, corrections=True) if corrections else m
            else:
                if not party or not victims:
                    raise click.UsageError("give --party and --victims (or a --mapping file)")
                m = mapping_from_flags(party, victims, maps, date_column, affiliation, kind, since, corrections)
            jobs = [(p, m) for p in paths]
    except (MappingError, OSError) as e:
        raise click.ClickException(str(e))
    failed = False
    with Ledger.open(db) as ledger:
        for path, m in jobs:
            for r in ledger.import_series([path], m, on_error=_report, recheck=False):
                failed |= r.errors > 0
                click.echo(f"{r.source}: {r.rows} figure(s): {r.new} new day(s), {r.revised} revised, {r.unchanged} unchanged; "
                           f"{r.errors} error(s)", err=True)
        counts = ledger.recheck()
    if counts:
        click.echo("checked news claims: " + ", ".join(f"{n} {v}" for v, n in sorted(counts.items())), err=True)
    sys.exit(1 if failed else 0)


@series_group.command(name="list")
@db_option
@click.option("--party")
@format_option(("table", "jsonl"))
def series_list(db, party, fmt) -> None:
    """The series stored: party, figure, victims, days covered, days revised."""
    from .render_series import SERIES_RENDERERS

    with Ledger.open(db) as ledger:
        _emit(SERIES_RENDERERS[fmt or _default_format()](ledger.series_summary(party)))


@series_group.command(name="show")
@click.argument("series_id")
@db_option
@click.option("--revisions", is_flag=True, help="Every revision of each day, not only the latest.")
@format_option(("table", "jsonl"))
def series_show(series_id, db, revisions, fmt) -> None:
    """The figures of one series (ids from `tollbook series list`), each as a claim record of its party.

    Example: tollbook series show 1a2b3c4d5e6f7a8b --format jsonl
    """
    from .render_series import POINT_RENDERERS
    from .series import point_record

    with Ledger.open(db) as ledger:
        found = [s for s in ledger.series() if s.series_id == series_id]
        if not found:
            raise click.ClickException(f"no series {series_id!r}; see tollbook series list")
        records = [point_record(found[0], p) for p in ledger.series_points(series_id, current_only=not revisions)]
        _emit(POINT_RENDERERS[fmt or _default_format()](records))


@main.command()
@db_option
@format_option(("table", "jsonl", "csv"))
@click.option("--party", help="The series' party (or publisher) contains this.")
@click.option("--since", metavar="YYYY-MM-DD", help="Reports as of this day or later.")
@click.option("--until", metavar="YYYY-MM-DD")
@click.option("--all", "show_all", is_flag=True, help="Every checked report, matching ones too.")
def check(db, fmt, party, since, until, show_all) -> None:
    """News reports of a party's figures that do not match the series it published (stale, differs).

    Example: tollbook check --party Ukraine --since 2022-06-01
    """
    from .render_series import CHECK_RENDERERS

    with Ledger.open(db) as ledger:
        ledger.recheck()
        items = ledger.checked(party=party, since=since, until=until, verdicts=None if show_all else ("stale", "differs"))
        _emit(CHECK_RENDERERS[fmt or _default_format()](items))


if __name__ == "__main__":
    main()
