"""What might have happened, not what did: "it could have killed her", "tried to kill his
neighbour", "police could not say if the man had died".
"""
from __future__ import annotations

import re

from ...lexicon import holds_any
from ...regexes import compiled
from ...records import Figure
from ...required import may_match, required_words

_ASKED = compiled(r"\b(?:whether|if)\s+(?:or not\s+)?(?:the\s+|any\s+|anyone\s+)?$", re.I)
_IMAGINED_BEFORE = compiled(
    r"\b(?:(?:would|should)(?:\s+(?:\w+ly\s+)?have|['’]ve)\s+(?:been\s+)?|could(?:\s+(?:\w+ly\s+)?have|['’]ve)\s+(?:killed|shot|wounded|injured|hurt)\s+"
    r"|(?:nearly|almost)\s+(?:killed|killing|shot)\s+(?:(?:his|her|their|the)\s+)?)$",
    re.I)
_ASKED_WORDS = required_words(_ASKED.pattern, _ASKED.flags)  # "if", "whether"
_IMAGINED_WORDS = required_words(_IMAGINED_BEFORE.pattern, _IMAGINED_BEFORE.flags)  # "would", "could", "nearly", …


def is_imagined(sentence: str, f: Figure) -> bool:
    """ "It could have killed her", "there should have been six people dead": a figure in what
    might have happened."""
    left = sentence[max(f.start - 40, 0): f.start]
    # (each pattern is searched only where the words before the figure hold one its match
    # holds: most figures follow none of them)
    left_low = left.lower()
    if may_match(left, _ASKED_WORDS, left_low) and _ASKED.search(left):
        return True  # "police could not say if the man had died": a question, not a claim
    window = sentence[max(f.start - 60, 0): f.start]
    low = window.lower()
    if holds_any(low, _INTENDED_WORDS) and _INTENDED.search(window):
        return True  # "tried to kill his neighbor", "plotted the murder of his wife": meant, not done
    if f.count_text.lower() in _ARTICLES and holds_any(low, _NEGATION_WORDS) and _NEGATED_BEFORE.search(window):
        # "the mines do not kill the victim": not done (a count denied, "did not kill the 12
        # villagers", is another's claim denied: read as ever)
        return True
    m = _IMAGINED_BEFORE.search(left) if may_match(left, _IMAGINED_WORDS, left_low) else None
    return bool(m) and (m.group(0).lower().startswith(("would", "should", "nearly", "almost")) or not f.count_text[:1].isdigit())


# the stems one of which every match of _INTENDED holds (its verbs: "kill", "murder", …)
_INTENDED_WORDS = ("kill", "murder", "shoot", "assassin", "execut", "behead", "stab")
_INTENDED = compiled(
    r"\b(?:(?:tr(?:y|ied|ies|ying)|attempt(?:s|ed|ing)?|plot(?:s|ted|ting)?|plan(?:s|ned|ning)?|conspir(?:e|ed|es|ing)|threaten(?:s|ed|ing)?"
    r"|vow(?:s|ed|ing)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|sought|seek(?:s|ing)?|set\s+out|bid|plot|plan|attempt|threats?)\s+to\s+"
    r"(?:kill|murder|shoot|assassinate|execute|behead|stab)"
    r"|(?:plan(?:s|ned|ning)?|plott?(?:ed|ing)?|attempt(?:ed|ing)?|conspiracy|conspired)\s+(?:to\s+commit\s+)?(?:the\s+)?(?:murders?|killings?|assassinations?)\s+of)"
    r"\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|at\s+least\s+)?$", re.I)


# a verb of harm denied right before the figure ("do not kill the victim", "never wounded the
# guards"): a figure it did not befall (a count of none is read by zeros: "no one was hurt")
_NEGATION_WORDS = ("not", "n't", "n’t", "never")
_ARTICLES = frozenset({"the", "a", "an"})
_NEGATED_BEFORE = compiled(
    r"\b(?:(?:do|does|did|would|will|could|can)\s+not|(?:do|does|did|would|wo|could|ca)n[’']t|never)\s+"
    r"(?:kill|shoot|wound|injure|hurt|harm)(?:s|ed)?\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|any\s+)?$", re.I)
