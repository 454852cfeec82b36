"""Whether a change keeps what the casualty passes find: the mentions of every sentence the dev
sets and the hostile shapes send to ``casualties.mentions()`` (and of its lower- and upper-cased
copies: other paths through the passes), one line a sentence, in the order they were sent.
Run it with each checkout on the path and compare the files:

    PYTHONPATH=<checkout>/src .venv/bin/python benchmarks/mentions_same.py OUT [--eval-dir ../shared/eval/dev]
    cmp OUT.a OUT.b

The sentences are gathered by the checkout that runs (the whole pipeline over the dev sets), so
a change in which sentences reach ``mentions()`` shows as well. The file holds no sentence, only
what was found in it (offsets, words of the sentence among them: keep it where the eval data may be).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import adversarial  # noqa: E402

from tollbook.extract import casualties, claims  # noqa: E402
from tollbook.pipeline import process  # noqa: E402
from tollbook.records import Source  # noqa: E402

SETS = ("gtd", "acled-global-2020", "gva-articles", "ucdp-ukraine", "ukraine-war-news")
SHAPE_SIZE = 20_000  # characters of each hostile shape


def sent_sentences(eval_dir: Path) -> list[str]:
    """Every sentence the pipeline asks ``mentions()`` about, once each, in order."""
    seen: dict[str, None] = {}
    read = claims.mentions

    def noted(sentence: str):
        seen.setdefault(sentence, None)
        return read(sentence)

    claims.mentions = noted
    try:
        for name in SETS:
            with (eval_dir / f"{name}.jsonl").open(encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    process(Source(r["id"], r["text"], r.get("url"), r.get("outlet"), r.get("published")))
        for _, make in adversarial.SHAPES.values():
            process(Source("shape", make(SHAPE_SIZE)))
    finally:
        claims.mentions = read
    return list(seen)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    # ../shared/eval/dev beside the checkout (or beside a parent: a worktree may sit deeper)
    here = Path(__file__).resolve().parents
    near = next((d / "shared" / "eval" / "dev" for d in here if (d / "shared" / "eval" / "dev").is_dir()), here[2] / "shared" / "eval" / "dev")
    ap.add_argument("--eval-dir", type=Path, default=near)
    args = ap.parse_args()
    sentences = sent_sentences(args.eval_dir)
    with args.out.open("w", encoding="utf-8") as out:
        for s in sentences:
            for text in (s, s.lower(), s.upper()):
                out.write(repr(casualties.mentions(text)) + "\n")
    print(f"{len(sentences):,} sentences, {3 * len(sentences):,} lines: {args.out}")


if __name__ == "__main__":
    main()
