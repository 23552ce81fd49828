#!/usr/bin/env bash
# Reports the CPU the running app uses while idle (reminders on, nothing to do): starts the
# release binary on a fresh journal under a virtual display, waits for it to settle, then
# measures its processes' CPU time over a window.
#   scripts/idle-cpu.sh [SECONDS]   (needs xvfb-run and dbus-run-session; run `make release` first)
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")/.." && pwd)"
app="$here/target/release/resilience-journal"
[ -x "$app" ] || { echo "build the app first: make release" >&2; exit 1; }
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export DATA="$data" APP="$app" SECONDS_IDLE="$seconds"
dbus-run-session -- xvfb-run -a bash -c 2>/dev/null '
  "$APP" --data-dir "$DATA" >/dev/null 2>&1 &
  pid=$!
  sleep 10
  ticks() { # utime+stime of the app and every descendant, in clock ticks
    local total=0 p
    for p in $pid $(pgrep -P $pid) $(pgrep -P "$(pgrep -P $pid | tr "\n" ",")0" 2>/dev/null || true); do
      [ -r /proc/$p/stat ] || continue
      set -- $(sed "s/.*) //" /proc/$p/stat)
      total=$((total + ${12} + ${13}))
    done
    echo $total
  }
  main() { set -- $(sed "s/.*) //" /proc/$pid/stat); echo $((${12} + ${13})); }
  a=$(ticks); m=$(main); sleep "$SECONDS_IDLE"; b=$(ticks); n=$(main)
  hz=$(getconf CLK_TCK)
  awk -v all=$((b - a)) -v app=$((n - m)) -v hz=$hz -v s=$SECONDS_IDLE "BEGIN {
    printf \"idle over %d s: app process %.2f%% CPU (%d ticks), with WebKit processes %.2f%% CPU\n\",
      s, 100 * app / hz / s, app, 100 * all / hz / s }"
  kill $pid
'
