#!/usr/bin/env bash
# Starts and stops the Azurite storage emulator (npm package `azurite`, pinned in package.json)
# for local runs, tests and benchmarks. Works from a fresh clone: the first start runs `npm ci`.
#
# As a library:
#
#   source scripts/azurite.sh
#   trap azurite_stop EXIT        # always set this right after sourcing: whatever way the calling
#                                 # script ends (error, `set -e`, Ctrl-C), the emulator goes with it
#   azurite_start                 # or: azurite_start --disk .azurite --table-port 10002 ...
#   dotnet test ...               # reads "$CASCADE_AZURITE_CONNECTION"
#
#   If the script already has an EXIT trap, call azurite_stop from it instead of replacing it.
#   As a safety net, a small watchdog also stops the emulator within about a second once the shell
#   that called azurite_start has gone (and removes the temp dir), but do not rely on it alone.
#
# As a command (foreground; prints the connection string; Ctrl-C stops it and cleans up):
#
#   scripts/azurite.sh [options]
#
# Options (library and command alike):
#   --in-memory          keep all data in memory (--inMemoryPersistence); the default, see below
#   --disk [DIR]         persist to DIR (--location DIR; created if missing, kept on stop);
#                        DIR defaults to .azurite/ at the repository root (git-ignored)
#   --blob-port N, --queue-port N, --table-port N
#                        fixed ports; by default (0) Azurite binds free ports chosen by the OS
#                        and this script reads them from Azurite's start-up lines, so there is
#                        no window in which another process could take a port probed earlier
#
# Default persistence: in-memory. Measured with bench/Cascade.Bench.StorageCeiling (figures and
# the commands to reproduce them in docs/performance.md, "Storage emulator ceiling (Azurite)"):
# queue puts run about twice as fast in memory (~990/s vs ~530/s for 1 KiB messages), the table
# operations and receive+delete are as fast or faster, nothing is faster on disk; and tests and
# local runs want a clean, throwaway store anyway. Pass --disk to keep data between runs.
#
# Set after azurite_start (exported):
#   CASCADE_AZURITE_CONNECTION   full connection string: account devstoreaccount1, the well-known
#                                development key, Blob/Queue/TableEndpoint on 127.0.0.1
#   CASCADE_AZURITE_BLOB_PORT, CASCADE_AZURITE_QUEUE_PORT, CASCADE_AZURITE_TABLE_PORT
#   CASCADE_AZURITE_PID          the Azurite (node) process
#   CASCADE_AZURITE_LOG          its console log (inside a temp dir that azurite_stop removes)
# Read by azurite_start:
#   CASCADE_AZURITE_TIMEOUT      seconds to wait for the endpoints to answer (default 60)
#
# azurite_stop terminates Azurite and its child processes (TERM, then KILL after 10 s), removes
# the temp dir and unsets the variables above. It is safe to call when nothing is running.
# Requires bash, node and npm; uses curl to probe the endpoints when present, else bash's /dev/tcp.

_AZURITE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
_AZURITE_ACCOUNT=devstoreaccount1
# The emulator's published, well-known development key (not a secret).
_AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
_AZURITE_TMP=
_AZURITE_WATCHDOG=

_azurite_say() { echo "azurite: $*" >&2; }

# Prints a process and all its descendants, children first.
_azurite_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do _azurite_tree "$child"; done
  echo "$1"
}

# True while the process exists and is not a zombie.
_azurite_alive() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [[ -n $state && $state != Z* ]]
}

# Terminates a process tree: TERM, up to 10 s to exit, then KILL.
_azurite_kill_tree() {
  local pids pid i
  pids=$(_azurite_tree "$1")
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    local any=
    for pid in $pids; do if _azurite_alive "$pid"; then any=1; fi; done
    [[ -z $any ]] && break
    sleep 0.1
  done
  for pid in $pids; do
    if _azurite_alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  done
  wait "$1" 2>/dev/null || true
  return 0
}

# True when something answers HTTP on 127.0.0.1:$1 (any status: unauthenticated requests get 403).
_azurite_answers() {
  local port=$1 path=$2
  if command -v curl >/dev/null 2>&1; then
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port$path")
    [[ $code =~ ^[1-5][0-9][0-9]$ ]]
  else
    (
      exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
      printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
      IFS= read -r -t 2 line <&3 && [[ $line == HTTP/* ]]
    ) 2>/dev/null
  fi
}

# Reads the port Azurite says a service ("Blob", "Queue", "Table") listens on.
_azurite_port_from_log() {
  sed -n "s#.*Azurite $1 service is successfully listening at http://[^:]*:\([0-9][0-9]*\).*#\1#p" \
    "$CASCADE_AZURITE_LOG" 2>/dev/null | tail -n 1
}

_azurite_fail() {
  _azurite_say "$1"
  if [[ -n ${CASCADE_AZURITE_LOG:-} && -f $CASCADE_AZURITE_LOG ]]; then
    _azurite_say "last lines of $CASCADE_AZURITE_LOG:"
    tail -n 30 "$CASCADE_AZURITE_LOG" >&2
  fi
  azurite_stop
  return 1
}

azurite_start() {
  local mode=memory disk_dir= blob_port=0 queue_port=0 table_port=0
  while (($#)); do
    case $1 in
      --in-memory) mode=memory; shift ;;
      --disk)
        mode=disk; shift
        if (($#)) && [[ $1 != --* ]]; then disk_dir=$1; shift; fi ;;
      --blob-port|--queue-port|--table-port)
        if (($# < 2)) || ! [[ $2 =~ ^[0-9]+$ ]] || (($2 > 65535)); then
          _azurite_say "$1 needs a port number (0-65535)"; return 2
        fi
        case $1 in
          --blob-port) blob_port=$2 ;; --queue-port) queue_port=$2 ;; --table-port) table_port=$2 ;;
        esac
        shift 2 ;;
      *) _azurite_say "unknown option: $1"; return 2 ;;
    esac
  done

  if [[ -n ${CASCADE_AZURITE_PID:-} ]] && _azurite_alive "$CASCADE_AZURITE_PID"; then
    _azurite_say "already running (pid $CASCADE_AZURITE_PID); call azurite_stop first"
    return 1
  fi

  local bin=$_AZURITE_ROOT/node_modules/.bin/azurite
  if [[ ! -x $bin ]]; then
    command -v npm >/dev/null 2>&1 || { _azurite_say "npm is needed to install Azurite"; return 1; }
    _azurite_say "node_modules/.bin/azurite missing; running npm ci in $_AZURITE_ROOT"
    local npm_log
    npm_log=$(mktemp "${TMPDIR:-/tmp}/cascade-npm-ci.XXXXXX")
    if ! (cd "$_AZURITE_ROOT" && npm ci --no-audit --no-fund) >"$npm_log" 2>&1 || [[ ! -x $bin ]]; then
      _azurite_say "npm ci failed; last lines:"
      tail -n 30 "$npm_log" >&2
      rm -f "$npm_log"
      return 1
    fi
    rm -f "$npm_log"
  fi

  _AZURITE_TMP=$(mktemp -d "${TMPDIR:-/tmp}/cascade-azurite.XXXXXX") || return 1
  export CASCADE_AZURITE_LOG=$_AZURITE_TMP/azurite.log

  local args=(--blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1
    --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port"
    --skipApiVersionCheck --loose --silent --disableTelemetry)
  if [[ $mode == memory ]]; then
    args+=(--inMemoryPersistence)
  else
    [[ -n $disk_dir ]] || disk_dir=$_AZURITE_ROOT/.azurite
    mkdir -p "$disk_dir" || { _azurite_fail "cannot create $disk_dir"; return 1; }
    disk_dir=$(cd "$disk_dir" && pwd)
    args+=(--location "$disk_dir")
  fi

  # Runs in the temp dir so that nothing Azurite writes by default lands in the caller's directory, and in a session
  # of its own so that a Ctrl-C in the caller's terminal reaches the caller alone: the caller stops what uses the
  # storage first and Azurite last (azurite_stop), instead of Azurite vanishing under work still in flight.
  local own_session=()
  command -v setsid >/dev/null 2>&1 && own_session=(setsid -w)
  (cd "$_AZURITE_TMP" && exec "${own_session[@]}" "$bin" "${args[@]}") </dev/null >"$CASCADE_AZURITE_LOG" 2>&1 &
  export CASCADE_AZURITE_PID=$!

  # Watchdog: stops Azurite shortly after the calling shell is gone (e.g. no EXIT trap was set).
  local owner=${BASHPID:-$$}
  (
    trap '' INT
    while kill -0 "$owner" 2>/dev/null && _azurite_alive "$CASCADE_AZURITE_PID"; do sleep 1; done
    if _azurite_alive "$CASCADE_AZURITE_PID"; then _azurite_kill_tree "$CASCADE_AZURITE_PID"; fi
    if ! kill -0 "$owner" 2>/dev/null; then rm -rf "$_AZURITE_TMP"; fi
  ) </dev/null >/dev/null 2>&1 &
  _AZURITE_WATCHDOG=$!

  local timeout=${CASCADE_AZURITE_TIMEOUT:-60} start=$SECONDS b=$blob_port q=$queue_port t=$table_port
  while :; do
    if ! _azurite_alive "$CASCADE_AZURITE_PID"; then
      _azurite_fail "Azurite exited during start-up"; return 1
    fi
    ((b)) || b=$(_azurite_port_from_log Blob)
    ((q)) || q=$(_azurite_port_from_log Queue)
    ((t)) || t=$(_azurite_port_from_log Table)
    if [[ -n $b && -n $q && -n $t ]] && ((b && q && t)) &&
      _azurite_answers "$q" "/$_AZURITE_ACCOUNT?comp=list" &&
      _azurite_answers "$t" "/$_AZURITE_ACCOUNT/Tables" &&
      _azurite_answers "$b" "/$_AZURITE_ACCOUNT?comp=list"; then
      break
    fi
    if ((SECONDS - start >= timeout)); then
      _azurite_fail "blob/queue/table endpoints did not answer within ${timeout}s"; return 1
    fi
    sleep 0.2
  done

  export CASCADE_AZURITE_BLOB_PORT=$b CASCADE_AZURITE_QUEUE_PORT=$q CASCADE_AZURITE_TABLE_PORT=$t
  export CASCADE_AZURITE_CONNECTION="DefaultEndpointsProtocol=http;AccountName=$_AZURITE_ACCOUNT;AccountKey=$_AZURITE_KEY;BlobEndpoint=http://127.0.0.1:$b/$_AZURITE_ACCOUNT;QueueEndpoint=http://127.0.0.1:$q/$_AZURITE_ACCOUNT;TableEndpoint=http://127.0.0.1:$t/$_AZURITE_ACCOUNT;"
  _azurite_say "ready ($mode${disk_dir:+ at $disk_dir}; blob $b, queue $q, table $t; pid $CASCADE_AZURITE_PID)"
}

azurite_stop() {
  if [[ -n ${_AZURITE_WATCHDOG:-} ]]; then
    _azurite_kill_tree "$_AZURITE_WATCHDOG"
    _AZURITE_WATCHDOG=
  fi
  if [[ -n ${CASCADE_AZURITE_PID:-} ]] && _azurite_alive "$CASCADE_AZURITE_PID"; then
    _azurite_kill_tree "$CASCADE_AZURITE_PID"
  fi
  if [[ -n ${_AZURITE_TMP:-} ]]; then
    rm -rf "$_AZURITE_TMP"
    _AZURITE_TMP=
  fi
  unset CASCADE_AZURITE_CONNECTION CASCADE_AZURITE_PID CASCADE_AZURITE_LOG \
    CASCADE_AZURITE_BLOB_PORT CASCADE_AZURITE_QUEUE_PORT CASCADE_AZURITE_TABLE_PORT
  return 0
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  trap azurite_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  azurite_start "$@"
  echo "$CASCADE_AZURITE_CONNECTION"
  _azurite_say "running in the foreground; Ctrl-C stops it"
  status=0
  wait "$CASCADE_AZURITE_PID" || status=$?
  _azurite_say "Azurite exited (status $status); last lines of its log:"
  tail -n 30 "$CASCADE_AZURITE_LOG" >&2 || true
  exit 1
fi
