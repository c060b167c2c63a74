#!/usr/bin/env bash
# Runs the read-scaling benchmark: builds the local runtime and bench/Cascade.Bench.Reads, starts Azurite (in memory)
# and the runtime on free loopback ports, loads N then 4N touchpoints, times every read at both sizes, and stops both.
#
#   bench/run-reads.sh [--touchpoints N] [--repeats R]
#
set -euo pipefail
source "$(dirname "$0")/bench-runtime.sh"

bench_build bench/Cascade.Bench.Reads/Cascade.Bench.Reads.csproj
bench_start run-reads.sh

status=0
dotnet bench/Cascade.Bench.Reads/bin/Release/net10.0/Cascade.Bench.Reads.dll \
  --url "http://127.0.0.1:$port" --key "$key" --storage "$CASCADE_AZURITE_CONNECTION" "$@" || status=$?
bench_peak_memory
exit "$status"
