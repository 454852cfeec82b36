from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def long_prose(size: int) -> str:
    """The seed articles to about ``size`` characters, each copy's sentences made its own (its
    number in each): seconds of extraction that a faster machine cannot skip, as a sentence
    read just before is not read again (casualties.mentions)."""
    import re

    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt")))
    return "\n\n".join(re.sub(r"\.(?=\s)", f" (copy {k}).", seeds) for k in range(max(1, size // (len(seeds) + 2))))
