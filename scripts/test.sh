#!/usr/bin/env bash
# The project's test command (README, CI): installs what the tests need, then lints and runs the tests.
# Browser tests drive Debian's Chromium through Playwright; a test tool's own browser download is not used.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Устанавливается Chromium для тестов в браузере (apt-get)…" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Для тестов в браузере нужен Chromium: sudo apt-get install chromium" >&2
    exit 2
  fi
fi
python3 -m pip install -q -e ".[dev]"
ruff check generator tests bench scripts
python3 -m pytest -q "$@"
