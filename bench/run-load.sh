#!/usr/bin/env bash
# Runs the load test: builds the local runtime and bench/Cascade.Bench.Load, starts Azurite (in memory) and the
# runtime on free loopback ports, drives it, prints the runtime's peak working set, and stops both however it ends.
#
#   bench/run-load.sh [--quick] [--spread] [--baseline] [load tool options: --concurrency N --duration S --people N --touchpoints N]
#
# --spread posts the spread workload (many people, about two touches each) instead of the dense one.
# --baseline runs the runtime with one item per queue message (Cascade:MaxItemsPerMessage=1): the design batching
# is measured against.
set -euo pipefail
source "$(dirname "$0")/bench-runtime.sh"

bench_build bench/Cascade.Bench.Load/Cascade.Bench.Load.csproj
per_message=
for arg in "$@"; do [[ $arg == --baseline ]] && per_message='"Cascade:MaxItemsPerMessage": "1"'; done
bench_start run-load.sh "$per_message"

status=0
dotnet bench/Cascade.Bench.Load/bin/Release/net10.0/Cascade.Bench.Load.dll \
  --url "http://127.0.0.1:$port" --key "$key" --storage "$CASCADE_AZURITE_CONNECTION" "$@" || status=$?
bench_peak_memory
exit "$status"
