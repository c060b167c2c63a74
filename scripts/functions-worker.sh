# Chooses which Azure Functions worker the build uses (see build/FunctionsWorker.props). Sourced by
# test.sh and run.sh:
#
#   source scripts/functions-worker.sh
#   functions_worker_select          # sets and exports FunctionsWorker=Real or FunctionsWorker=StandIn
#   dotnet build ... -p:FunctionsWorker="$FunctionsWorker"
#
# A FunctionsWorker already set in the environment is kept as it is. Otherwise the real worker
# packages are tried first with a restore of the Functions project alone (a few seconds); when the
# package feed cannot serve them, the compile-only stand-in is used and one line says so and why.

functions_worker_select() {
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  if [[ -n ${FunctionsWorker:-} ]]; then
    export FunctionsWorker
    return 0
  fi
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/cascade-worker-restore.XXXXXX")
  if timeout 300 dotnet restore "$root/src/Cascade.Functions/Cascade.Functions.csproj" \
      -p:FunctionsWorker=Real -nologo -v q >"$log" 2>&1; then
    export FunctionsWorker=Real
  else
    local reason
    reason=$(grep -o 'error NU[0-9]*: .*' "$log" | head -n 1 | sed 's/ \[.*$//')
    echo "functions worker: using the compile-only stand-in (build/WorkerStandIn): the real worker packages could not be restored (${reason:-restore failed or timed out})"
    export FunctionsWorker=StandIn
  fi
  rm -f "$log"
}
