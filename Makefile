# The two commands a newcomer needs: `make run` and `make test`. Both install
# whatever is missing (uv included) and are safe to run again.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export RASA_TELEMETRY_ENABLED := false
export UV_PYTHON_DOWNLOADS := never
# Some machines set PYTHONDONTWRITEBYTECODE; then every Rasa process the tests start compiles
# Rasa and TensorFlow again (about 19 s instead of 7 s). An empty value lets Python cache.
export PYTHONDONTWRITEBYTECODE :=

UV_VERSION := 0.13.8
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
PYTHON_BOOTSTRAP := $(shell command -v python3 2>/dev/null)

# The website widget is built from bot/web/widget with its npm lock file.
WIDGET_DIR := bot/web/widget
WIDGET := bot/web/public/widget.js
WIDGET_MODULES := $(WIDGET_DIR)/node_modules/.package-lock.json
# Debian packages the browser tests need, installed when missing.
APT_PACKAGES := chromium fonts-dejavu-core
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: help install widget browser run test lint types

help:
	@echo "make run    install, build what is stale, start the assistant (Ctrl-C stops it)"
	@echo "make test   install and run the whole test suite"
	@echo "make lint   ruff;  make types   mypy;  make widget   build the website widget"

.tools/bin/uv:
	@test -n "$(PYTHON_BOOTSTRAP)" || { echo "python3 is needed to install uv" >&2; exit 1; }
	$(PYTHON_BOOTSTRAP) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

install: $(if $(filter .tools/bin/uv,$(UV)),.tools/bin/uv)
	$(UV) sync --locked

$(WIDGET_MODULES): $(WIDGET_DIR)/package.json $(WIDGET_DIR)/package-lock.json
	cd $(WIDGET_DIR) && npm ci --no-audit --no-fund

$(WIDGET): $(WIDGET_MODULES) $(wildcard $(WIDGET_DIR)/src/*) $(wildcard knowledge/exercises/*.svg)
	cd $(WIDGET_DIR) && npm run build

widget: $(WIDGET)

browser:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi

run: install widget
	$(UV) run --locked kneebot train
	exec $(UV) run --locked kneebot up

test: install widget browser
	$(UV) run --locked pytest

lint: install
	$(UV) run --locked ruff check bot actions tests

types: install
	$(UV) run --locked mypy bot actions
