from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def long_prose(size: int) -> str:
    """The seed articles to about ``size`` characters, each copy's sentences made its own (its
    number in each): seconds of extraction that a faster machine cannot skip, as a sentence
    read just before is not read again (casualties.mentions)."""
    import re

    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt")))
    return "\n\n".join(re.sub(r"\.(?=\s)", f" (copy {k}).", seeds) for k in range(max(1, size // (len(seeds) + 2))))


def tolls_by_speakers(size: int) -> str:
    """About ``size`` characters of short tolls, each said by a new person ("Aabson, a local
    official, said that 3 people were killed in the town."): every sentence its own, each read
    with its figure and who says it, the densest prose the extraction reads in full (about 3 s a
    megabyte on one core): a document that runs past a budget of a second or two on any machine."""
    import string

    out, n = [], 0
    for a in string.ascii_uppercase:
        for b in string.ascii_lowercase:
            for c in string.ascii_lowercase:
                for d in string.ascii_lowercase:
                    line = f"{a}{b}{c}{d}son, a local official, said that {len(out) % 50 + 2} people were killed in the town. "
                    out.append(line)
                    n += len(line)
                    if n >= size:
                        return "".join(out)
    return "".join(out)
