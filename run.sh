#!/usr/bin/env bash
# Runs Cascade on this machine. Until the Functions app lands, this is the console demo: it loads a
# scenario (../shared/samples/scenario-a.json by default) and prints its waterfalls, sourcing and a
# comparison of the attribution models by channel. Usage: ./run.sh [scenario.json]
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
args=()
for a in "$@"; do args+=("$(realpath -m "$a")"); done
dotnet run --project tools/Cascade.Demo -c Release -- "${args[@]}"
