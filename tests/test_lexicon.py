"""Lexicon helpers: the trie alternation matches what the flat list of phrases matches."""
import re
import subprocess
import sys

import pytest

from paths import FIXTURES
from tollbook.lexicon import alternation, data_json


def _flat(words):
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(words), key=len, reverse=True))


CASES = [
    # prefixes of one another: at one position the longest first, then shorter on backtracking
    (["kill", "killed", "killing", "kills"], "he kills, killed, was killing; kill"),
    (["armed forces", "army", "forces", "air force"], "the armed  forces and the army; air\tforce forces"),
    # special characters are literal
    (["u.s.", "u.s", "a+b", "(c)"], "u.s. u.s a+b (c) uxs"),
    # phrases that differ only in case keep the flat list (whichever the flags make match)
    (["US", "us", "u"], "US us u"),
]


@pytest.mark.parametrize("words,text", CASES)
def test_trie_matches_like_the_flat_list(words, text):
    for flags in (0, re.I):
        for shape in (r"\b(?:{})\b", r"(?:{})", r"^(?:{})$"):
            trie, flat = re.compile(shape.format(alternation(words)), flags), re.compile(shape.format(_flat(words)), flags)
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_a_prefix_then_backtracking_finds_the_shorter_phrase():
    # "killing" fails before "s", so "kill" must still be found
    assert re.match(rf"(?:{alternation(['kill', 'killing'])})ings", "killings")
    assert re.match(rf"(?:{alternation(['kill', 'killing'])})\b", "kill it").group() == "kill"


def test_every_shipped_word_list_matches_like_the_flat_list():
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt")))
    lists = []
    for name in ("victims.json", "cues.json", "implied.json", "numbers.json"):
        def walk(x):
            if isinstance(x, dict):
                if x and all(isinstance(k, str) for k in x) and len(x) > 2:
                    lists.append(list(x))
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                if len(x) > 2 and all(isinstance(w, str) for w in x):
                    lists.append(x)
                for v in x:
                    walk(v)
        walk(data_json(name))
    assert len(lists) > 20
    for words in lists:
        words = [w for w in words if w]
        # plus the same words as the text itself, so each has something to match
        sample = text + " " + " ".join(words) + " " + " ".join(w.upper() for w in words)
        trie = re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w])", re.I)
        flat = re.compile(rf"(?<![\w-])(?:{_flat(words)})(?![\w])", re.I)
        assert [m.span() for m in trie.finditer(sample)] == [m.span() for m in flat.finditer(sample)], words[:5]


def test_the_command_starts_without_the_database_and_http_layers():
    code = "import sys, tollbook.cli; print(sorted(m for m in ('sqlalchemy', 'httpx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
