# Samvad Setu — every target sets up what it needs on a fresh Debian machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Qt under X11 and offscreen, the virtual screen for screenshots, Qt's linguist runtime deps, and the MSI tools
# the fast installer test builds and reads a small MSI with.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-xkb1 libxcb-shape0 libxcb-randr0 xvfb xauth wixl msitools
# The Windows MSI (make msi): wixl, and objdump to read the Windows libraries' imports; its check (make msi-check)
# also installs it under wine and signs a copy.
MSI_PACKAGES := wixl msitools gcab binutils
MSI_CHECK_PACKAGES := $(MSI_PACKAGES) wine wine64 osslsigncode openssl
DISTRICT ?= kannauj
APT_FLAGS ?=
export MSI_VERSION PYTHON_EMBED PYTHON_EMBED_SHA256 SIGN_CERT SIGN_KEY SIGN_PASSFILE SIGN_TIMESTAMP

.PHONY: run demo test lint typecheck bench soak translations screenshots workbook-pages system-packages msi msi-check clean

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

# The shared-mode proofs at full size against the local PostgreSQL (make test runs them smaller):
# 1,000 randomized races of two or three operators on one case, 500 messages drained by two dispatchers.
soak: $(STAMP) translations
	SAMVAD_RACES=1000 SAMVAD_DRAIN_MESSAGES=500 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -s -p no:cacheprovider \
		-o addopts="" --timeout=3600 tests/shared/test_races.py tests/shared/test_dispatch_shared.py

translations: $(STAMP)
	@$(PY) -m ui.translations_build

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots docs/screenshots

# dist/samvad-setu-<version>-<district>.msi (DISTRICT=kannauj|hardoi|...|all); see the README's IT section.
msi: $(STAMP)
	@$(MAKE) --no-print-directory system-packages SYSTEM_PACKAGES="$(MSI_PACKAGES)" APT_FLAGS=--no-install-recommends
	$(PY) -m winbuild msi --district $(DISTRICT)

msi-check: $(STAMP)
	@$(MAKE) --no-print-directory system-packages SYSTEM_PACKAGES="$(MSI_CHECK_PACKAGES)" APT_FLAGS=--no-install-recommends
	$(PY) -m winbuild check --district $(DISTRICT)

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
		$$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive \
			$$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq $(APT_FLAGS) $$missing; \
	fi

$(STAMP): setup.cfg setup.py pyproject.toml | system-packages
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,postgres,bench]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
