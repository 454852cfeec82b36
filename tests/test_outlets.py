"""A document's outlet (outlets.py): its metadata, a known domain, the host of its URL."""
import json

from tollbook.lexicon import user_aliases
from tollbook.outlets import known_domains, outlet_of


def test_users_name_the_outlets_of_their_own_domains(tmp_path, monkeypatch):
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"outlets": {"valleypost.example": "Valley Post"}}), encoding="utf-8")
    # a URL's outlet is remembered, but only for the table of domains it was found with
    assert outlet_of(None, "https://news.valleypost.example/a/1", "d1") == "news.valleypost.example"
    monkeypatch.setenv("TOLLBOOK_ALIASES", str(aliases))
    user_aliases.cache_clear()
    known_domains.cache_clear()
    try:
        assert outlet_of(None, "https://news.valleypost.example/a/1", "d1") == "Valley Post"
        assert outlet_of(None, "https://elsewhere.example/a/1", "d2") == "elsewhere.example"
        # a URL naming no host: each document its own unknown outlet, asked twice
        for _ in range(2):
            assert [outlet_of(None, "file:///a/1", d) for d in ("d3", "d4")] == ["unknown (d3)", "unknown (d4)"]
    finally:
        monkeypatch.delenv("TOLLBOOK_ALIASES")
        user_aliases.cache_clear()
        known_domains.cache_clear()
