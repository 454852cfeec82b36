"""tollbook: turn news text into a ledger of casualty claims."""
__version__ = "0.1.0"
