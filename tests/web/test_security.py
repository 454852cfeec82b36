"""The web package imports without a circle, and its security helpers behave on their own."""
import ast
from pathlib import Path

import pytest
from fastapi import HTTPException

from tollbook.web.security import RateLimit, WebSettings, check_token

WEB = Path(__file__).resolve().parents[2] / "src" / "tollbook" / "web"


def _imports(path: Path) -> set[str]:
    """The sibling modules one web module imports (``from .x import`` / ``from . import x``)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            out |= {node.module} if node.module else {a.name for a in node.names}
    return out


def test_the_web_modules_import_each_other_without_a_circle():
    graph = {p.stem: _imports(p) for p in WEB.glob("*.py")}
    seen, path = set(), []

    def visit(m):
        assert m not in path, f"import circle: {' -> '.join(path + [m])}"
        if m in seen:
            return
        path.append(m)
        for n in graph.get(m, ()):
            visit(n)
        path.pop()
        seen.add(m)

    for m in graph:
        visit(m)
    assert "app" not in graph["api"] | graph["pages"]


def test_token_is_checked_only_when_configured():
    check_token(WebSettings(token=None), None)
    check_token(WebSettings(token="s3cret"), "s3cret")
    for wrong in (None, "", "s3cre", "s3cret!"):
        with pytest.raises(HTTPException) as e:
            check_token(WebSettings(token="s3cret"), wrong)
        assert e.value.status_code == 401


def test_rate_limit_counts_each_client_apart():
    rate = RateLimit(2)
    rate.check("a"), rate.check("a"), rate.check("b")
    with pytest.raises(HTTPException) as e:
        rate.check("a")
    assert e.value.status_code == 429
