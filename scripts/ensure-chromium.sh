#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
# Installs it when missing and we are allowed to; otherwise says exactly how to get one.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $browser: installing Debian's chromium package…"
  apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
  [ -x "$browser" ] && exit 0
fi
cat >&2 <<MSG
The browser tests need Chromium and none was found at $browser.
Install it with:   sudo apt-get install -y chromium
or point the tests at another Chromium or Chrome binary:   CHROMIUM_PATH=/path/to/chrome npm test
MSG
exit 1
