"""Regular expressions compiled once per machine instead of once per process.

Python compiles a pattern in Python code (``re._parser``, ``re._compiler``): the extraction
patterns, some of them alternations of whole lexicons, take about half a second to compile,
and every process paid it on its first document (every ``tollbook extract``, every scorer
run). :func:`compiled` is ``re.compile``, except that the engine's code for each pattern is
kept in a file and read back by the next process, which hands it to the engine directly.

Beside them it keeps texts that are slow to make and made the same in every process: the
alternations ``lexicon.alternation`` writes from whole lexicons (:func:`kept_text`).

The file holds data only (``marshal``: numbers, strings, bytes; never code), one per Python
release, regex-engine version and version of this module (a hash of its source: the rewrites
below are part of the code), and the engine checks any code it is given (a damaged file
raises, and the pattern is compiled as usual). The key is the pattern's text and flags, so a
pattern built from changed lexicons or aliases is a new entry, never a stale one.

Before the code is written, the parsed pattern is rewritten where the engine reads it slowly, with
the same matches: an alternation's branches, read ignoring case, open with their letters' exact
sets (the engine passes by a branch at once only where its opening is matched exactly), and a
search is given the characters a match can start with where the compiler found none.

``TOLLBOOK_PATTERN_CACHE``: the folder of the file (default ``$XDG_CACHE_HOME/tollbook``, else
``~/.cache/tollbook``), or ``0`` for none. A folder that cannot be written is no error: the
patterns are then compiled in every process, as without the file.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from pathlib import Path
from re import _compiler, _parser  # (the compiler's two halves: the engine's code is kept)
from re import _constants as _C

import _sre

# entries kept in the file at most (about twice the extraction's): those this process used
# first, then the file's others (patterns of other lexicons or aliases) while there is room
MAX_ENTRIES = 1_000
# a file larger than this is not ours to read (the extraction's is ~1.5 MB)
MAX_FILE_BYTES = 64_000_000
# the engine's code words as machine words (read back ten times faster than a list of numbers)
_WORDS = "I" if array("I").itemsize == _sre.CODESIZE else "L"


def _code_tag() -> str:
    """A short hash of this module's own source: the rewrites below (_exact_openings,
    _with_first_characters) are part of the code a pattern compiles to, so an edit to them must
    not read back the code of the old ones (an edit anywhere here costs one compile again);
    "b6" where the source cannot be read."""
    try:
        return hashlib.blake2b(Path(__file__).read_bytes(), digest_size=4).hexdigest()
    except OSError:
        return "b6"


# (Python's patch release too: the parser and compiler may change within 3.11 while _sre.MAGIC does not)
_VERSION = (f"py{sys.version_info[0]}{sys.version_info[1]}.{sys.version_info[2]}-sre{_sre.MAGIC}-{_sre.CODESIZE}"
            f"-{_code_tag()}")

_lock = threading.Lock()
_table: dict | None = None  # (pattern, flags) -> (flags, code as bytes, groups, groupindex, indexgroup)
_used: set = set()
_unsaved = False
_at_exit = False


def cache_file() -> Path | None:
    """Where the compiled patterns are kept, or ``None`` (TOLLBOOK_PATTERN_CACHE=0)."""
    where = os.environ.get("TOLLBOOK_PATTERN_CACHE")
    if where is not None and where.strip().lower() in ("0", "off", "no", "false", ""):
        return None
    if where:
        folder = Path(where)
    else:
        try:
            folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tollbook"
        except (RuntimeError, KeyError):  # no home directory to be found: no file
            return None
    return folder / f"patterns-{_VERSION}.marshal"


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the engine's code read from the cache file when
    an earlier process compiled the same pattern."""
    if not isinstance(pattern, str):
        return re.compile(pattern, flags)
    flags = int(flags)
    key = (pattern, flags)
    table = _load()
    entry = table.get(key)
    if entry is not None:
        try:
            final, words, groups, groupindex, indexgroup = entry
            rx = _sre.compile(pattern, final, array(_WORDS, words).tolist(), groups, groupindex, indexgroup)
            _used.add(key)
            return rx
        except Exception:  # damaged or foreign code: the engine refused it
            table.pop(key, None)
    p = _parser.parse(pattern, flags)
    _exact_openings(p, flags | p.state.flags)
    code = _with_first_characters(_compiler._code(p, flags), p, flags | p.state.flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final, groups = flags | p.state.flags, p.state.groups - 1
    rx = _sre.compile(pattern, final, code, groups, groupindex, tuple(indexgroup))
    _remember(key, (final, array(_WORDS, code).tobytes(), groups, groupindex, tuple(indexgroup)))
    return rx


# What each ASCII character matches case-insensitively (Unicode matching): its two cases, and
# "İ" and "ı" for "i", the Kelvin sign for "k", the long "ſ" for "s" (tests hold this to the engine)
_ALSO = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_CASE_SETS = {c: sorted({ord(c), ord(c.lower()), ord(c.upper())} | {ord(x) for x in _ALSO.get(c.lower(), "")})
              for c in map(chr, range(128))}


def _exact_openings(p: _parser.SubPattern, flags: int) -> None:
    """Rewrite, in place, each branch of an alternation read case-insensitively that opens with
    a letter or a class of ASCII characters: the opening is the exact set of characters it
    matches, matched case-sensitively (the same matches). The engine enters every branch of an
    alternation to compare its first letter, unless that letter is matched exactly, when it
    passes the branch by at once; a whole lexicon's alternation ("killed|kidnapped|…"), tried at
    each word, entered each of its branches."""
    for op, av in p.data:
        if op is _C.BRANCH:
            for branch in av[1]:
                _exact_openings(branch, flags)
                if branch.data and (run := _one_then_more(branch.data[0], p.state)) is not None:
                    branch.data[0:1] = run  # "\\s+x" as "\\s\\s*x": the branch opens with its class
                opening = _exact_opening(branch.data[0], flags) if branch.data else None
                if opening is not None:
                    branch.data[0] = (_C.SUBPATTERN, (None, 0, _C.SRE_FLAG_IGNORECASE, _parser.SubPattern(p.state, [opening])))
        elif op is _C.SUBPATTERN:
            _exact_openings(av[3], (flags | av[1]) & ~av[2])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            _exact_openings(av[2], flags)
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            _exact_openings(av[1], flags)
        elif op is _C.ATOMIC_GROUP:
            _exact_openings(av, flags)
        elif op is _C.GROUPREF_EXISTS:
            _exact_openings(av[1], flags)
            if av[2] is not None:
                _exact_openings(av[2], flags)


def _one_then_more(item: tuple, state) -> list | None:
    """A run of at least one character of a class ("\\s+", "[a-z]{2,}?") as that character once,
    then the rest of the run (the same matches, tried in the same order); else ``None``."""
    op, av = item
    if op not in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) or av[0] < 1 or len(av[2].data) != 1 \
            or av[2].data[0][0] not in (_C.LITERAL, _C.IN):
        return None
    one = av[2].data[0]
    most = av[1] if av[1] == _C.MAXREPEAT else av[1] - 1
    return [one] if most == 0 else [one, (op, (av[0] - 1, most, _parser.SubPattern(state, [one])))]


def _exact_opening(item: tuple, flags: int) -> tuple | None:
    """The class of exactly what ``item`` (a letter, or a class of ASCII letters, digits and
    signs) matches under ``flags`` when they ignore case (Unicode, not locale), else ``None``."""
    if not flags & _C.SRE_FLAG_IGNORECASE or flags & (_C.SRE_FLAG_LOCALE | _C.SRE_FLAG_ASCII):
        return None
    op, av = item
    if op is _C.LITERAL:
        chars = [av]
    elif op is _C.IN:
        chars = []
        for kind, value in av:
            if kind is _C.LITERAL:
                chars.append(value)
            elif kind is _C.RANGE and value[1] < 128:
                chars.extend(range(value[0], value[1] + 1))
            else:
                return None  # a category, a negation, a range beyond ASCII: left as written
    else:
        return None
    if any(c >= 128 for c in chars) or not any(chr(c).isalpha() for c in chars):
        return None  # (without a letter the engine matches it exactly already)
    exact = sorted({x for c in chars for x in _CASE_SETS[chr(c)]})
    if exact[-1] > 255:
        return None  # ("i", "k", "s": the set's code would be a table of every character, larger than all the rest)
    return _C.IN, [(_C.LITERAL, x) for x in exact]


def _with_first_characters(code: list[int], p: _parser.SubPattern, flags: int) -> list[int]:
    """``code`` with the characters a match can start with in its information block, where the
    compiler found none (it looks only at a first letter or class: not past a look-behind, a
    word boundary, a group or "\\s+"): a search then passes by every other character in a
    loop of its own instead of trying the whole pattern there (the same matches)."""
    if code[0] != _C.INFO or code[1] != 4 or code[2] != 0 or code[3] == 0:
        return code  # (a prefix or a class found already; or a pattern that may match nothing)
    if p.data and p.data[0] in ((_C.AT, _C.AT_BEGINNING), (_C.AT, _C.AT_BEGINNING_STRING)):
        return code  # ("^…": a search gives up after the start, a class would make it go on)
    first = _starts(p.data, flags)
    if first is None or first[1] or not first[0]:
        return code
    charset, _ = _compiler._optimize_charset(first[0])
    info = [_C.INFO, 0, _C.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, _C.SRE_FLAG_UNICODE, info)
    info[1] = len(info) - 1
    return info + code[5:]


def _starts(items, flags: int) -> tuple[list, bool] | None:
    """What the first character a run of parsed items matches may be (a class's items, matched
    case-sensitively: more than it may be is no harm), and whether the run can match nothing;
    ``None`` if not known (any character, a back-reference)."""
    chars: list = []
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # (an anchor, a boundary or a look-around reads no character)
        if op is _C.LITERAL or op is _C.IN:
            first = _exact_class(op, av, flags)
            return None if first is None else (chars + first, False)
        if op is _C.SUBPATTERN:
            inner = _starts(av[3].data, (flags | av[1]) & ~av[2])
        elif op is _C.ATOMIC_GROUP:
            inner = _starts(av.data, flags)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            inner = _starts(av[2].data, flags)
            inner = inner if inner is None or av[0] > 0 else (inner[0], True)
        elif op is _C.BRANCH:
            branches = [_starts(b.data, flags) for b in av[1]]
            if any(b is None for b in branches):
                return None
            inner = ([c for b in branches for c in b[0]], any(b[1] for b in branches))
        else:
            return None
        if inner is None:
            return None
        chars += inner[0]
        if not inner[1]:
            return chars, False
    return chars, True


def _exact_class(op, av, flags: int) -> list | None:
    """The class items a letter or a class matches under ``flags`` (ignoring case: each ASCII
    letter's case set), or ``None`` (a negated class; a class ignoring case that holds letters
    and more than ASCII letters, digits and signs)."""
    items = [(op, av)] if op is _C.LITERAL else av
    if any(kind is _C.NEGATE for kind, _ in items):
        return None  # (a negation is of the whole class: not to be joined to another's)
    if any(kind is _C.CATEGORY for kind, _ in items) and (flags & (_C.SRE_FLAG_LOCALE | _C.SRE_FLAG_ASCII) or not flags & _C.SRE_FLAG_UNICODE):
        return None  # (a category ("\\s", "\\w") is read here as Unicode's, as in a text pattern)
    if not flags & _C.SRE_FLAG_IGNORECASE or not any(_cased(kind, value) for kind, value in items):
        return list(items)  # (a class of no letter is matched as written: "\\s", "[,;]")
    if flags & (_C.SRE_FLAG_LOCALE | _C.SRE_FLAG_ASCII):
        return None
    out = []
    for kind, value in items:
        if kind is _C.LITERAL and value < 128:
            out += [(_C.LITERAL, x) for x in _CASE_SETS[chr(value)]]
        elif kind is _C.RANGE and value[1] < 128:
            out += [(_C.LITERAL, x) for c in range(value[0], value[1] + 1) for x in _CASE_SETS[chr(c)]]
        else:
            return None
    return out


def _cased(kind, value) -> bool:
    """Whether a class item holds a character with another case (as the compiler asks)."""
    if kind is _C.LITERAL:
        return _sre.unicode_iscased(value)
    if kind is _C.RANGE:
        return any(map(_sre.unicode_iscased, range(value[0], value[1] + 1)))
    return False  # (a category)


def kept_text(kind: str, source: str, make) -> str:
    """``make()``, a text made from ``source`` (a regex written from a whole lexicon), kept in
    the cache file beside the patterns: the next process reads it back instead of making it
    again. The key is a digest of ``kind`` and ``source``: changed words are a new entry."""
    key = (kind + ":" + hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest(), -1)
    entry = _load().get(key)
    if entry is not None and len(entry) == 1 and isinstance(entry[0], str):
        _used.add(key)
        return entry[0]
    text = make()
    _remember(key, (text,))
    return text


def save() -> bool:
    """Write the patterns compiled since the file was read (if any): True if written. A
    new file replaces the old one whole, so a reader never sees half of one."""
    global _unsaved
    path = cache_file()
    with _lock:
        if not _unsaved or path is None or _table is None:
            return False
        rows = [(k, v) for k, v in _table.items() if k in _used]
        rows += [(k, v) for k, v in _table.items() if k not in _used][:max(MAX_ENTRIES - len(rows), 0)]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    marshal.dump(rows, f)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            return False  # a folder that cannot be written: compile in every process instead
        _unsaved = False
        return True


def _load() -> dict:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = _read(cache_file())
    return _table


def _read(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        with path.open("rb") as f:
            if os.fstat(f.fileno()).st_size > MAX_FILE_BYTES:
                return {}
            rows = marshal.loads(f.read())  # (marshal.load reads a file a few bytes at a time)
        return {tuple(k): tuple(v) for k, v in rows}
    except Exception:  # missing, unreadable or damaged: start afresh
        return {}


def _remember(key, entry) -> None:
    global _unsaved, _at_exit
    with _lock:
        if not _at_exit:
            atexit.register(save)  # patterns first compiled after the last save (cheap if none)
            _at_exit = True
        _table[key] = entry
        _used.add(key)
        _unsaved = True
