"""Imported by the worker pool's fork server (workers.py): one short document through every
stage, so the patterns are compiled and the lexicons loaded once, there, and every worker
forked from it starts warm. Measured: a cold worker spends ~0.3 s of CPU on its first
document (~1.5 s more on its first that needs the parser); a pool of two paid it twice, and
again for every worker replaced after a timeout.

The fork server keeps the environment it was started with; a worker takes its owner's current
one (:func:`settle`). Where a ``TOLLBOOK_*`` setting a table reads differs from the one the
warm-up read (``TOLLBOOK_ALIASES`` changes the lexicons), the worker drops every cached table
and pattern and builds them afresh, as a cold worker would; a bound such as
``TOLLBOOK_DOCUMENT_SECONDS`` changes none of them.

It also runs the owner's main script there, once (:func:`run_owners_main`), which each worker
would otherwise run again as it starts."""
from __future__ import annotations

import os
import sys

from .extract.parse import available
from .pipeline import warm_up


# Settings no cached table or pattern reads: bounds read afresh for each input (limits.py),
# the database, the web server's, where the compiled patterns are kept. A worker whose owner
# changed only these keeps the warm tables (dropping them cost its first document ~0.2 s, more
# than a tight budget); any other TOLLBOOK_* setting (TOLLBOOK_ALIASES, TOLLBOOK_PARSER, or one
# added later) drops them.
_NOT_READ_BY_TABLES = frozenset({
    "TOLLBOOK_DOCUMENT_SECONDS", "TOLLBOOK_MAX_DOCUMENT_BYTES", "TOLLBOOK_MAX_FILE_BYTES", "TOLLBOOK_SQLITE_WAIT",
    "TOLLBOOK_DB", "TOLLBOOK_TOKEN", "TOLLBOOK_LOG", "TOLLBOOK_CHROMIUM", "TOLLBOOK_PATTERN_CACHE",
})


def _settings() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith("TOLLBOOK_") and k not in _NOT_READ_BY_TABLES}


def run_owners_main() -> bool:
    """In the fork server: run the owner's main script (named by workers.offer_main) as
    multiprocessing would in each worker, once, here; the workers forked from here find it run
    and skip it. Anything amiss (not our owner's, the script fails): leave it to the workers,
    as before."""
    from .workers import FORK_SERVER_MAIN

    owner, _, path = os.environ.get(FORK_SERVER_MAIN, "").partition(":")
    if not path or owner != str(os.getppid()) or getattr(sys.modules.get("__main__"), "__file__", None):
        return False
    from multiprocessing import process, spawn

    process.current_process()._inheriting = True  # as multiprocessing.forkserver does
    try:
        spawn.import_main_path(path)
    except (Exception, SystemExit):
        return False
    finally:
        del process.current_process()._inheriting
    return True


run_owners_main()
WARMED_WITH = _settings()
warm_up()
# The dependency parser's model too (unless TOLLBOOK_PARSER=0): loading it costs ~1.5 s of CPU
# (spaCy's import and the model), which each worker otherwise paid on its first document that
# needs the parser (in 2,000 GVA articles only two do, yet both workers of a pool loaded it:
# ~1.5 ms a document of the batch). Forked workers share the loaded model's memory.
available()


def settle() -> None:
    """Drop what the warm-up cached if this process's ``TOLLBOOK_*`` settings that tables
    read are not the ones it was made with."""
    if _settings() == WARMED_WITH:
        return
    for name, module in list(sys.modules.items()):
        if name == "tollbook" or name.startswith("tollbook."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear) and getattr(value, "__module__", None) == name:
                    clear()
