#!/usr/bin/env bash
# Chromium for the browser tests of `quotes review` (tests/test_review_browser.py), from the system packages.
# Playwright drives this browser; it never downloads one. Without root or apt the tests are skipped, saying so.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium for the browser tests (apt-get install chromium)" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "chromium is missing and cannot be installed here (needs root and apt-get): the browser tests will be skipped;" \
    "install it with: sudo apt-get install -y chromium" >&2
fi
