#!/usr/bin/env bash
# The project's test command (README, CI): installs what the tests need, then lints and runs the tests.
# Browser tests drive Debian's Chromium through Playwright; a test tool's own browser download is not used.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
# Debian packages the tests need: Chromium (browser tests) and npm (axe-core, the accessibility checker).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Устанавливается для тестов (apt-get): ${missing[*]}…" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Для тестов нужны пакеты: sudo apt-get install ${missing[*]}" >&2
    exit 2
  fi
fi
# axe-core at the version pinned in package-lock.json
[ -f node_modules/axe-core/axe.min.js ] || npm ci --no-audit --no-fund --silent
python3 -m pip install -q -e ".[dev]"
ruff check generator tests bench scripts
python3 -m pytest -q "$@"
