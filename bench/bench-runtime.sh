#!/usr/bin/env bash
# What the HTTP benchmarks share (bench/run-load.sh, bench/run-reads.sh): building, and a runtime of their own —
# Azurite in memory and the local runtime on a free loopback port with settings of its own, so that a developer's
# local.settings.json never changes what is measured. Sourcing it sets the traps that stop both however the calling
# script ends.
#
#   source bench/bench-runtime.sh
#   bench_build PROJECT.csproj...                 # Release builds; the log's tail on failure
#   bench_start NAME ['"Setting": "value", ...']  # sets port, key, runtime_pid; NAME labels start-up errors
#   ... drive http://127.0.0.1:$port with key $key ...
#   bench_peak_memory                             # prints the runtime's peak working set
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bench_build() {
  local build_log project
  build_log=$(mktemp)
  for project in src/Cascade.LocalRuntime/Cascade.LocalRuntime.csproj "$@"; do
    if ! dotnet build "$project" -c Release >"$build_log" 2>&1; then
      tail -n 40 "$build_log" >&2; rm -f "$build_log"; exit 1
    fi
  done
  rm -f "$build_log"
}

source scripts/azurite.sh
runtime_pid=
settings=
bench_stop() {
  if [[ -n $runtime_pid ]] && kill -0 "$runtime_pid" 2>/dev/null; then
    kill -TERM "$runtime_pid" 2>/dev/null || true
    wait "$runtime_pid" 2>/dev/null || true
  fi
  azurite_stop
  rm -f "${settings:-}"
}
trap bench_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bench_start() {
  local name=$1 extra=${2:-}
  azurite_start --in-memory
  # A free port: bound by the OS, released, then taken by the runtime a moment later (loopback, this machine only).
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  key=load-test-key
  settings=$(mktemp)
  printf '{ "IsEncrypted": false, "Values": { "Cascade:ApiKey": "%s", "AzureFunctionsJobHost:logging:logLevel:default": "Warning"%s } }\n' \
    "$key" "${extra:+, $extra}" >"$settings"
  dotnet src/Cascade.LocalRuntime/bin/Release/net10.0/Cascade.LocalRuntime.dll --port "$port" \
    --storage "$CASCADE_AZURITE_CONNECTION" --settings "$settings" >/dev/null &
  runtime_pid=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && return 0
    kill -0 "$runtime_pid" 2>/dev/null || { echo "$name: the runtime exited during start-up" >&2; exit 1; }
    sleep 0.2
  done
}

bench_peak_memory() {
  echo "runtime peak working set: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$runtime_pid/status")"
}
