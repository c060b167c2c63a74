#!/usr/bin/env bash
# Runs Cascade on this machine: the Azurite storage emulator (in memory) and the local runtime
# (src/Cascade.LocalRuntime), which serves the Functions app's HTTP routes on http://127.0.0.1:PORT/api,
# its queue listeners and its timers. Both run in the foreground; Ctrl-C stops both.
#
#   ./run.sh [--port N] [--storage CONNECTION]
#
#   --port N             port on 127.0.0.1 (default 7071)
#   --storage CONNECTION use this storage account (connection string) instead of starting Azurite
#
# Settings come from local.settings.json (created from local.settings.sample.json when missing) and
# the environment. Installs what is missing: Azurite through npm ci (scripts/azurite.sh), the .NET
# packages through dotnet restore. The scenario console demo is `dotnet run --project tools/Cascade.Demo`.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

port=7071
storage=
while (($#)); do
  case $1 in
    --port) [[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || { echo "run.sh: --port needs a number" >&2; exit 2; }; port=$2; shift 2 ;;
    --storage) [[ $# -ge 2 ]] || { echo "run.sh: --storage needs a connection string" >&2; exit 2; }; storage=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done

echo "run.sh: building the local runtime"
build_log=$(mktemp)
if ! dotnet build src/Cascade.LocalRuntime/Cascade.LocalRuntime.csproj -c Release >"$build_log" 2>&1; then
  tail -n 40 "$build_log" >&2
  rm -f "$build_log"
  exit 1
fi
rm -f "$build_log"

if [[ ! -f local.settings.json ]]; then
  cp local.settings.sample.json local.settings.json
  echo "run.sh: created local.settings.json from local.settings.sample.json (git-ignored; edit it freely)"
fi

source scripts/azurite.sh
runtime_pid=
stop_all() {
  if [[ -n $runtime_pid ]] && kill -0 "$runtime_pid" 2>/dev/null; then
    kill -TERM "$runtime_pid" 2>/dev/null || true
    wait "$runtime_pid" 2>/dev/null || true
  fi
  azurite_stop
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -z $storage ]]; then
  azurite_start
  storage=$CASCADE_AZURITE_CONNECTION
fi

dotnet src/Cascade.LocalRuntime/bin/Release/net10.0/Cascade.LocalRuntime.dll \
  --port "$port" --storage "$storage" --settings "$PWD/local.settings.json" --demo "$PWD/web/demo" &
runtime_pid=$!
echo "run.sh: Cascade on http://127.0.0.1:$port/api (health: /api/health, demo site: /demo/); Ctrl-C stops it"
status=0
wait "$runtime_pid" || status=$?
runtime_pid=
exit "$status"
