# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test browser bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/tollbook demo

# The browser tests drive Debian's chromium; install it when we can, say so when we cannot.
browser:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing chromium for the browser tests (apt-get)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "NOTE: could not install chromium: the browser tests will be skipped"; \
	else echo "NOTE: no $(CHROMIUM) and no root to install it: the browser tests will be skipped"; fi

test: $(STAMP) browser
	$(PY) -m pytest

bench: $(STAMP)
	taskset -c 0 $(PY) benchmarks/throughput.py
	$(PY) benchmarks/ledger.py --sizes 10000 100000

clean:
	rm -rf $(VENV) tollbook-demo.db* .pytest_cache test-artifacts
