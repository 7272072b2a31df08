# Samvad Setu — every target sets up what it needs on a fresh Debian machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Qt under X11 and offscreen, the virtual screen for screenshots, and Qt's linguist runtime deps.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-xkb1 libxcb-shape0 libxcb-randr0 xvfb xauth

.PHONY: run demo test lint typecheck bench translations screenshots workbook-pages system-packages clean

run: $(STAMP) translations
	$(VENV)/bin/samvad-setu --demo

test: $(STAMP) translations
	$(VENV)/bin/mypy console db modem
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy console db modem

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

translations: $(STAMP)
	@$(PY) -m ui.translations_build

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots docs/screenshots

# The demo's last month as a workbook, printed by LibreOffice: the Summary and Negligence pages in docs/reports/
# (to look at the print set-up; not part of `make test`).
workbook-pages: $(STAMP)
	@command -v libreoffice >/dev/null && command -v pdftoppm >/dev/null || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libreoffice-calc poppler-utils; }
	docs/reports/render.sh docs/reports

system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(STAMP): setup.cfg | system-packages
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,postgres,bench]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
