# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
RUNTIME := $(VENV)/.runtime
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test system bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# What running needs (the demo); the test extras (pytest, Playwright, ...) only for the tests.
$(RUNTIME): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $(RUNTIME)

$(STAMP): $(RUNTIME)
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(RUNTIME)
	$(VENV)/bin/tollbook demo

# The browser tests drive Debian's chromium and the store tests a real PostgreSQL server:
# install them when we can (root, apt-get), say so when we cannot (those tests then skip).
system:
	@missing=""; [ -x $(CHROMIUM) ] || missing="$$missing chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing$$missing for the tests (apt-get)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
		|| echo "NOTE: could not install$$missing: the tests that need them will be skipped"; \
	else echo "NOTE: missing$$missing and no root to install: the tests that need them will be skipped"; fi

test: $(STAMP) system
	$(PY) -m pytest

bench: $(STAMP)
	taskset -c 0 $(PY) benchmarks/throughput.py
	$(PY) benchmarks/ledger.py --sizes 10000 100000

clean:
	rm -rf $(VENV) tollbook-demo.db* .pytest_cache test-artifacts
