#!/usr/bin/env bash
# Reports what a person downloads and runs: the release binary (UI embedded) and the UI bundle
# (JavaScript + CSS, gzip -9) — what loads at start in English (the main script, the styles and
# the first screen's English messages) and each language's messages, loaded only when that
# language is shown — against their targets. Run after `make release`.
set -euo pipefail
cd "$(dirname "$0")/.."
app=target/release/resilience-journal
[ -x "$app" ] || { echo "sizes: build the app first: make release" >&2; exit 1; }
shopt -s nullglob
assets=(ui/dist/*.js ui/dist/assets/*.js ui/dist/assets/*.css)
[ ${#assets[@]} -gt 0 ] || { echo "sizes: no UI bundle in ui/dist/assets: make ui" >&2; exit 1; }
binary=$(stat -c %s "$app")
gzsize() { gzip -9 -c "$1" | wc -c; }
raw=0 gz=0
for file in "${assets[@]}"; do
  case "$file" in */messages-*) [[ "$file" == */messages-en-start-* ]] || continue ;; esac
  raw=$((raw + $(stat -c %s "$file")))
  gz=$((gz + $(gzsize "$file")))
done
english_start=$(gzsize ui/dist/assets/messages-en-start-*.js)
fluent=$(node scripts/fluent-runtime-size.mjs)
mib() { awk -v v="$1" 'BEGIN { printf "%.2f MiB", v / 1048576 }'; }
kib() { awk -v v="$1" 'BEGIN { printf "%.1f KiB", v / 1024 }'; }
ok() { [ "$1" -le "$2" ] && echo ok || echo MISSED; }
printf '%-44s %14s %10s  %s\n' "Size" "measured" "target" ""
printf '%-44s %14s %10s  %s\n' "release binary (UI embedded, stripped)" "$(mib "$binary")" "≤ 15 MB" "$(ok "$binary" 15000000)"
printf '%-44s %14s %10s  %s\n' "UI at start in English, gzip -9 (raw $(kib "$raw"))" "$(kib "$gz")" "≤ 150 KB" "$(ok "$gz" 150000)"
printf '%-44s %14s %10s  %s\n' "Fluent runtime + English first-screen messages" "$(kib $((fluent + english_start)))" "≤ 15 KB" "$(ok $((fluent + english_start)) 15000)"
for code in $(sed -n 's/.*"code": *"\([a-z]*\)".*/\1/p' locales/languages.json); do
  start=$(gzsize ui/dist/assets/messages-"$code"-start-*.js) rest=$(gzsize ui/dist/assets/messages-"$code"-rest-*.js)
  printf '%-44s %14s %10s  %s\n' "  $code messages: first screen + the rest" "$(kib "$start") + $(kib "$rest")" "" "loaded when shown"
done
