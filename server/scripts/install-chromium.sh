#!/usr/bin/env bash
# Installs Debian's chromium for the server's browser tests when it is missing. Called by .ci/run;
# never downloads a browser from anywhere else (Playwright runs with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "no apt-get here: install chromium at /usr/bin/chromium by hand; the browser tests are skipped without it" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "not root and no sudo: cannot install chromium; the browser tests will be skipped" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
/usr/bin/chromium --version
