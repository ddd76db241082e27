# CareMap: make demo | make test (both set the machine up first when needed).
SHELL := /bin/bash
ROOT := $(abspath .)
VENV := $(ROOT)/.venv
PEERS := $(ROOT)/.venv-peers
PY := $(VENV)/bin/python
PEERPY := $(PEERS)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
export QT_QPA_PLATFORM := offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup setup-peers test test-kernels test-qgis test-peers demo workshop release zip install bench lint i18n docs shots dialog-shots screenshot mutation clean

help:
	@echo "make demo   set up if needed, then the full care-mapping run on the demo city (out/)"
	@echo "make test   set up if needed, then every test"
	@echo "make workshop | release | zip | install | bench | lint | i18n | docs | shots | dialog-shots | screenshot | mutation | clean"

$(VENV)/.ready: scripts/setup.sh requirements-test.txt
	bash scripts/setup.sh
	touch $@

$(PEERS)/.ready: scripts/setup.sh requirements-peers.txt
	bash scripts/setup.sh peers
	touch $@

setup: $(VENV)/.ready
setup-peers: $(VENV)/.ready $(PEERS)/.ready

test: setup-peers
	$(MAKE) --no-print-directory test-qgis test-peers

# kernels + plugin + algorithms, inside QGIS's Python
test-qgis: setup
	$(PY) -m pytest tests/kernels tests/qgis -q -p no:randomly

# pure kernels again without QGIS (numpy 2 / recent SciPy), and the pysal peers as oracles
test-peers: setup-peers
	$(PEERPY) -m pytest tests/kernels tests/peers -q

demo: setup
	bash scripts/demo.sh

# catch-up data for a workshop: the state after each tutorial step, one styled
# GeoPackage per step, in out/workshop/ (docs/workshop/facilitator.md)
workshop: setup
	/usr/bin/python3 scripts/workshop_data.py

# the release artefacts in release/ (plugin zip and the workshop's catch-up data)
release: setup
	bash scripts/make_release.sh

# needs only git, lrelease and zip (no venv); leaves the working tree as it was
zip:
	bash scripts/make_zip.sh $(VERSION)

install:
	bash scripts/install.sh

bench: setup-peers
	bash scripts/bench.sh

lint: setup
	$(VENV)/bin/ruff check .

i18n: setup
	bash scripts/i18n.sh

# the generated algorithm reference and the Graphical Modeler model
docs: setup
	$(PY) scripts/make_docs.py
	$(PY) scripts/make_model.py

# the tutorial's screenshots (English, Spanish and Portuguese), from the real plugin
shots: setup
	$(PY) scripts/tutorial_shots.py
	$(PY) scripts/tutorial_shots.py --lang es
	$(PY) scripts/tutorial_shots.py --lang pt

screenshot: setup
	bash scripts/screenshot.sh

# every algorithm dialog (as it opens and with Advanced open) and the dock, English and
# Spanish, into $(SHOTS_DIR) (default /tmp/caremap_shots): look at them before a release
dialog-shots: setup
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1200x24" $(PY) scripts/dialog_shots.py $(or $(SHOTS_DIR),/tmp/caremap_shots)

# change each formula's constant or rule in turn and check a test fails (about 1-2 minutes)
mutation: setup
	$(PY) scripts/mutation_check.py

clean:
	rm -rf out dist .pkg bench/_data .pytest_cache .hypothesis
