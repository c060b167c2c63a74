#!/usr/bin/env bash
# Runs the read-scaling benchmark: builds the local runtime and bench/Cascade.Bench.Reads, starts Azurite (in memory)
# and the runtime on free loopback ports, loads N then 4N touchpoints, times every read at both sizes, and stops both.
#
#   bench/run-reads.sh [--touchpoints N] [--repeats R]
#
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build_log=$(mktemp)
for project in src/Cascade.LocalRuntime/Cascade.LocalRuntime.csproj bench/Cascade.Bench.Reads/Cascade.Bench.Reads.csproj; do
  if ! dotnet build "$project" -c Release >"$build_log" 2>&1; then
    tail -n 40 "$build_log" >&2; rm -f "$build_log"; exit 1
  fi
done
rm -f "$build_log"

source scripts/azurite.sh
runtime_pid=
stop_all() {
  if [[ -n $runtime_pid ]] && kill -0 "$runtime_pid" 2>/dev/null; then
    kill -TERM "$runtime_pid" 2>/dev/null || true
    wait "$runtime_pid" 2>/dev/null || true
  fi
  azurite_stop
  rm -f "${settings:-}"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

azurite_start --in-memory
# A free port: bound by the OS, released, then taken by the runtime a moment later (loopback, this machine only).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
key=load-test-key
# Its own settings, so that a developer's local.settings.json never changes what is measured.
settings=$(mktemp)
printf '{ "IsEncrypted": false, "Values": { "Cascade:ApiKey": "%s", "AzureFunctionsJobHost:logging:logLevel:default": "Warning" } }\n' \
  "$key" >"$settings"
dotnet src/Cascade.LocalRuntime/bin/Release/net10.0/Cascade.LocalRuntime.dll --port "$port" \
  --storage "$CASCADE_AZURITE_CONNECTION" --settings "$settings" >/dev/null &
runtime_pid=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$runtime_pid" 2>/dev/null || { echo "run-reads.sh: the runtime exited during start-up" >&2; exit 1; }
  sleep 0.2
done

status=0
dotnet bench/Cascade.Bench.Reads/bin/Release/net10.0/Cascade.Bench.Reads.dll \
  --url "http://127.0.0.1:$port" --key "$key" "$@" || status=$?
echo "runtime peak working set: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$runtime_pid/status")"
exit "$status"
