"""Packaging: `make demo` installs what running needs and not the test extras; the project
metadata builds without deprecation warnings (an SPDX licence string); the bundled samples say
where they were published."""
import json
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from tollbook.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _dry_run(tmp_path, target):
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    r = subprocess.run(["make", "-n", target, "VENV=v"], cwd=tmp_path, capture_output=True, text=True, check=True)
    return r.stdout


@pytest.mark.skipif(not shutil.which("make"), reason="no make")
def test_make_demo_installs_the_runtime_only_and_make_test_adds_the_extras(tmp_path):
    demo = _dry_run(tmp_path, "demo")
    assert "pip install -q -e ." in demo and "[test]" not in demo and "tollbook demo" in demo
    assert "[test]" in _dry_run(tmp_path, "test")


def test_licence_is_an_spdx_string_and_setuptools_new_enough_to_read_it():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert meta["project"]["license"] == "MIT"
    assert any(r.replace(" ", "").startswith("setuptools>=77") for r in meta["build-system"]["requires"])
    assert "playwright" not in " ".join(meta["project"]["dependencies"])


def test_every_sample_has_its_outlet_and_date_and_the_demo_shows_them(tmp_path):
    samples = ROOT / "src" / "tollbook" / "data" / "samples"
    meta = json.loads((samples / "samples.json").read_text())
    for path in samples.glob("*.txt"):
        assert meta[path.name]["outlet"] and len(meta[path.name]["published"]) == 10
    r = CliRunner().invoke(main, ["demo", "--db", str(tmp_path / "d.db"), "--format", "csv"])
    assert r.exit_code == 0
    assert "Daily Star" in r.stdout and "unknown (" not in r.stdout
