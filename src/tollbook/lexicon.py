"""Load the data files (lexicons, aliases, patterns) shipped in ``tollbook/data``."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator


def data_text(name: str) -> str:
    return resources.files("tollbook").joinpath("data", name).read_text(encoding="utf-8")


def data_lines(name: str) -> Iterator[str]:
    """Non-empty, non-comment lines of a data file."""
    for line in data_text(name).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line


@lru_cache(maxsize=None)
def data_json(name: str) -> Any:
    return json.loads(data_text(name))


@lru_cache(maxsize=1)
def user_aliases() -> dict:
    """The user's own additions to the lexicons: the JSON file named by ``TOLLBOOK_ALIASES``
    (keys ``entities``, ``adversaries``, ``outlets``), or nothing."""
    extra = os.environ.get("TOLLBOOK_ALIASES")
    return json.loads(Path(extra).read_text(encoding="utf-8")) if extra else {}


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    import re

    parts = sorted({w for w in words}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
