"""The ``tollbook`` command: a thin face over the library."""
from __future__ import annotations

import shutil
import sys
from importlib import resources
from pathlib import Path

import click

from . import __version__
from .pipeline import run
from .render import RENDERERS
from .sources import InputError
from .store import Ledger


def _default_format() -> str:
    return "table" if sys.stdout.isatty() else "jsonl"


def db_option(f):
    return click.option("--db", envvar="TOLLBOOK_DB", default=None, metavar="PATH_OR_URL",
                        help="Ledger database: an SQLite file (default tollbook.db) or an SQLAlchemy URL.")(f)


def format_option(choices: tuple[str, ...]):
    return click.option("--format", "fmt", type=click.Choice(choices), default=None,
                        help="Output format (default: table on a terminal, else jsonl).")


def _emit(lines) -> None:
    for line in lines:
        click.echo(line)


def _report(err: InputError) -> None:
    click.echo(f"tollbook: {err}", err=True)


@click.group()
@click.version_option(__version__, prog_name="tollbook")
def main() -> None:
    """tollbook: a ledger of casualty claims read out of news text."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@format_option(("jsonl", "table"))
def extract(paths: tuple[str, ...], fmt: str | None) -> None:
    """Print the casualty claims in PATHS (.txt, .html, .jsonl, directories; - for JSONL on stdin).

    Example: tollbook extract article.txt --format jsonl
    """
    render = RENDERERS[fmt or _default_format()]
    failed = False

    def claims():
        nonlocal failed
        for item in run(paths):
            if isinstance(item, InputError):
                failed = True
                _report(item)
                continue
            yield from item.claims

    _emit(render(claims()))
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
def ingest(paths: tuple[str, ...], db: str | None) -> None:
    """Extract claims from PATHS and store them in the ledger database.

    Example: tollbook ingest articles/ --db ledger.db
    """
    failed = new = same = n_claims = 0
    with Ledger.open(db) as ledger:
        for item in run(paths):
            if isinstance(item, InputError):
                failed += 1
                _report(item)
                continue
            try:
                res = ledger.add(item.document, item.claims)
            except Exception as e:  # the transaction rolled back; go on with the rest
                failed += 1
                _report(InputError(item.source.origin or item.source.doc_id, f"not stored: {e}"))
                continue
            new += res.new
            same += not res.new
            n_claims += res.claims
    click.echo(f"ingested {new} new document(s) with {n_claims} claim(s); {same} already in the ledger; {failed} failed", err=True)
    sys.exit(1 if failed else 0)


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
        _emit(RENDERERS[fmt or _default_format()](
            ledger.claims(metric=metric, claimant=claimant, victims=victims, since=since, until=until)))


@main.command()
@click.option("--db", default="tollbook-demo.db", show_default=True, help="Where to build the demo ledger (replaced).")
@format_option(("table", "jsonl", "csv"))
def demo(db: str, fmt: str | None) -> None:
    """Build a fresh ledger from the bundled sample articles and print it."""
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    samples = resources.files("tollbook").joinpath("data", "samples")
    with resources.as_file(samples) as folder:
        paths = [str(p) for p in sorted(Path(folder).glob("*.txt"))]
        with Ledger.open(db) as ledger:
            for item in run(paths):
                if isinstance(item, InputError):
                    _report(item)
                    continue
                ledger.add(item.document, item.claims)
            docs, n = ledger.count()
            click.echo(f"demo ledger {db}: {docs} documents, {n} claims\n", err=True)
            _emit(RENDERERS[fmt or "table"](ledger.claims()))


if __name__ == "__main__":
    main()
