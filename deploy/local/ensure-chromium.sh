#!/usr/bin/env bash
# The dashboard's browser test (test/e2e/dashboard.browser.int-spec.ts) drives Debian's
# chromium through playwright-core (Playwright's own browser download does not work here).
# Installs it when it is missing; fails, rather than letting the test be skipped, when it cannot.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "== chromium is missing: installing Debian's chromium"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo -n); else
    echo "ensure-chromium: /usr/bin/chromium is missing and this user cannot install it; run: apt-get install -y chromium" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y chromium || { "${as_root[@]}" apt-get update && "${as_root[@]}" apt-get install -y chromium; }
[ -x /usr/bin/chromium ] || { echo "ensure-chromium: apt-get did not install /usr/bin/chromium" >&2; exit 1; }
