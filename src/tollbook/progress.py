"""How far through its input a batch is: the size of the files named, and the bytes of them
read so far, told from the sources passing by (each source's ``origin`` names its file).

A file counts as read once a source from a later file appears; within a file (a large JSONL,
CSV or WARC archive) the characters of text read so far stand in for its bytes, capped at the
file's size.
URLs and standard input have no size known in advance: then there is no total (a spinner)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from .sources import KNOWN


def input_sizes(paths: Iterable[str]) -> dict[str, int] | None:
    """path -> bytes for every file ``paths`` names (directories as ``read_path`` walks them),
    or None when any input is a URL or standard input."""
    sizes: dict[str, int] = {}
    for p in paths:
        if p == "-" or p.startswith(("http://", "https://")):
            return None
        path = Path(p)
        try:
            if path.is_dir():
                for child in sorted(c for c in path.rglob("*") if c.is_file()):
                    if Path(child.name.lower().removesuffix(".gz")).suffix in KNOWN - {""}:
                        sizes[str(child)] = child.stat().st_size
            elif path.is_file():
                sizes[str(path)] = path.stat().st_size
        except OSError:
            continue  # reading it will report the error; it just adds nothing to the total
    return sizes


class ReadMeter:
    """Bytes of the input read so far (``read``) out of ``total``."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes = sizes
        self.total = sum(sizes.values())
        self._finished = 0  # bytes of the files wholly read
        self._current: str | None = None
        self._within = 0  # text seen so far in the current file
        self._done: set[str] = set()

    def _file_of(self, origin: str) -> str | None:
        if origin in self.sizes:
            return origin
        head = origin.rpartition(":")[0]
        return head if head in self.sizes else None

    def see(self, origin: str, text_length: int) -> None:
        path = self._file_of(origin)
        if path is None:
            return
        if path != self._current:
            if self._current is not None and self._current not in self._done:
                self._done.add(self._current)
                self._finished += self.sizes[self._current]
            self._current, self._within = path, 0
        self._within += text_length

    @property
    def read(self) -> int:
        current = min(self._within, self.sizes.get(self._current, 0)) if self._current and self._current not in self._done else 0
        return min(self._finished + current, self.total)

    def watch(self, items: Iterable) -> Iterator:
        """``items`` unchanged, noting each one's file and length on the way."""
        for item in items:
            raw = getattr(item, "raw", "")
            # characters stand in for bytes (no encoding per document); a file's true size is
            # counted once the next file starts
            self.see(str(getattr(item, "origin", "") or ""), len(raw) if isinstance(raw, str) else 0)
            yield item
