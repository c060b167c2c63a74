#!/usr/bin/env bash
# Makes sure the system Chromium that the browser tests drive (through playwright-core, never a downloaded
# browser) is installed: does nothing when it already is, else installs Debian's `chromium` with apt-get
# (needs root, as on CI). Safe to run any number of times, from several scripts.
#
#   scripts/chromium.sh        # exit 0: Chromium is at $CHROMIUM_PATH (default /usr/bin/chromium)
#                              # exit 1: it is not and could not be installed (one line says why)
set -uo pipefail

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
say() { echo "chromium: $*" >&2; }

if [[ -x $chromium ]]; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  say "$chromium is missing and cannot be installed here (needs root and apt-get)"
  exit 1
fi

say "$chromium is missing; installing Debian's chromium package"
log=$(mktemp "${TMPDIR:-/tmp}/cascade-chromium.XXXXXX")
if DEBIAN_FRONTEND=noninteractive apt-get update >"$log" 2>&1 &&
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >>"$log" 2>&1 &&
  [[ -x $chromium ]]; then
  rm -f "$log"
  say "installed ($("$chromium" --version 2>/dev/null || echo "version unknown"))"
  exit 0
fi
say "apt-get could not install chromium; last lines:"
tail -n 15 "$log" >&2
rm -f "$log"
exit 1
