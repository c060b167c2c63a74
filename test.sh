#!/usr/bin/env bash
# Restores, builds and runs every test of Cascade. Usage: ./test.sh [extra dotnet test args]
# Builds against the real Functions worker packages, as a deployment does; starts one Azurite for every test assembly (CASCADE_TEST_STORAGE),
# unless CASCADE_TEST_STORAGE is already set. Installs the Node tooling (npm ci) and, through
# scripts/chromium.sh, Chromium for the browser tests; checks that web/dist/cascade.min.js is the build of
# web/cascade.js and prints its size; lists the screenshots the browser tests took.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ ! -d ../shared/samples ] && [ -z "${CASCADE_SHARED:-}" ]; then
  echo "test.sh: ../shared (spec and samples) must sit beside this repository, or set CASCADE_SHARED" >&2
  exit 2
fi

# Node tooling (package.json): Azurite, esbuild to check the committed snippet build, playwright-core to drive
# the browser tests.
if [ ! -d node_modules/esbuild ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/azurite ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node web/build.mjs --check

# The browser tests drive the distribution's Chromium (never a downloaded one); they are skipped, saying so,
# only where it cannot be installed.
scripts/chromium.sh || echo "test.sh: no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}: the browser tests will be skipped" >&2

dotnet restore Functions.sln
dotnet build Functions.sln --no-restore -c Release

log=$(mktemp)
# One Azurite (in memory, free ports) serves every storage test of the run, unless CASCADE_TEST_STORAGE
# names one already; it stops when this script ends, however it ends.
source scripts/azurite.sh
trap 'azurite_stop; rm -f "$log"' EXIT
if [ -z "${CASCADE_TEST_STORAGE:-}" ]; then
  azurite_start --in-memory
  export CASCADE_TEST_STORAGE=$CASCADE_AZURITE_CONNECTION
fi

status=0
rm -rf TestResults/screenshots
dotnet test Functions.sln --no-build -c Release "$@" 2>&1 | tee "$log" || status=$?

if compgen -G "TestResults/screenshots/*.png" >/dev/null; then
  echo "screenshots of the dashboard in Chromium:"
  ls -1 "$PWD"/TestResults/screenshots/*.png | sed 's/^/  /'
fi

# One closing line over every test assembly: "tests: N passed, N failed, N skipped".
awk '/(Passed|Failed)!  *- *Failed:/ {
       for (i = 1; i <= NF; i++) { g = $(i+1); gsub(",", "", g)
         if ($i == "Failed:") f += g; if ($i == "Passed:") p += g; if ($i == "Skipped:") s += g }
       runs++ }
     END { if (runs == 0) { print "tests: no test assembly reported"; exit 1 }
           printf "tests: %d passed, %d failed, %d skipped\n", p, f, s
           if (p == 0) exit 1 }' "$log" || status=1
exit $status
