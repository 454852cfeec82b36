"""Extraction: from a cleaned document to casualty claims.

numbers (figures as written) -> casualties (figure + metric + victims in a sentence) ->
attribution (who says it) -> places, dates -> claims (assembled, merged, linked).
"""
from .claims import NotProse, extract_claims

__all__ = ["NotProse", "extract_claims"]
