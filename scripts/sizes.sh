#!/usr/bin/env bash
# Reports what a person downloads and runs: the release binary (UI embedded) and the UI bundle
# (JavaScript + CSS, gzip -9) — what loads before the first paint in English (what index.html
# loads: the start script, the files it imports, the styles; and the first screen's English
# messages), the whole bundle in English (every script and style, the other screens' files among
# them, with the first screen's English messages) and each language's messages, loaded only when
# that language is shown — against their targets. Run after `make release`.
set -euo pipefail
cd "$(dirname "$0")/.."
app=target/release/resilience-journal
[ -x "$app" ] || { echo "sizes: build the app first: make release" >&2; exit 1; }
shopt -s nullglob
assets=(ui/dist/*.js ui/dist/assets/*.js ui/dist/assets/*.css)
[ ${#assets[@]} -gt 0 ] || { echo "sizes: no UI bundle in ui/dist/assets: make ui" >&2; exit 1; }
binary=$(stat -c %s "$app")
gzsize() { gzip -9 -c "$1" | wc -c; }
# What loads before the first paint: the files index.html names, every file a script among them
# imports (`import … from "./x.js"`, not a later `import("./x.js")`), and the first screen's
# English messages, which the start script loads before it draws.
mapfile -t first < <(grep -oE '(src|href)="/[^"]+\.(js|css)"' ui/dist/index.html | sed -E 's|^[a-z]+="/|ui/dist/|; s|"$||')
first+=(ui/dist/assets/messages-en-start-*.js)
for ((i = 0; i < ${#first[@]}; i++)); do
  file=${first[i]}
  [ -f "$file" ] || { echo "sizes: $file (named in ui/dist/index.html) is missing" >&2; exit 1; }
  [[ "$file" == *.js ]] || continue
  while read -r name; do
    next="$(dirname "$file")/$name"
    [[ " ${first[*]} " == *" $next "* ]] || first+=("$next")
  done < <(grep -oE '(from|import) ?"\./[^"]+\.js"' "$file" | sed -E 's|.*"\./(.*)"|\1|')
done
sum() {
  local raw=0 gz=0 file
  for file in "$@"; do
    raw=$((raw + $(stat -c %s "$file")))
    gz=$((gz + $(gzsize "$file")))
  done
  echo "$raw $gz"
}
read -r first_raw first_gz < <(sum "${first[@]}")
# The whole bundle in English: everything but the other languages' messages and the English ones
# that follow the first paint (reported per language below).
all=()
for file in "${assets[@]}"; do
  case "$file" in */messages-*) [[ "$file" == */messages-en-start-* ]] || continue ;; esac
  all+=("$file")
done
read -r all_raw all_gz < <(sum "${all[@]}")
english_start=$(gzsize ui/dist/assets/messages-en-start-*.js)
fluent=$(node scripts/fluent-runtime-size.mjs)
mib() { awk -v v="$1" 'BEGIN { printf "%.2f MiB", v / 1048576 }'; }
kib() { awk -v v="$1" 'BEGIN { printf "%.1f KiB", v / 1024 }'; }
ok() { [ "$1" -le "$2" ] && echo ok || echo MISSED; }
printf '%-44s %14s %10s  %s\n' "Size" "measured" "target" ""
printf '%-44s %14s %10s  %s\n' "release binary (UI embedded, stripped)" "$(mib "$binary")" "≤ 15 MB" "$(ok "$binary" 15000000)"
printf '%-44s %14s %10s  %s\n' "UI before the first paint in English, gzip -9 (raw $(kib "$first_raw"), ${#first[@]} files)" "$(kib "$first_gz")" "≤ 60 KB" "$(ok "$first_gz" 60000)"
printf '%-44s %14s %10s  %s\n' "UI in all in English, gzip -9 (raw $(kib "$all_raw"), ${#all[@]} files)" "$(kib "$all_gz")" "≤ 200 KB" "$(ok "$all_gz" 200000)"
printf '%-44s %14s %10s  %s\n' "Fluent runtime + English first-screen messages" "$(kib $((fluent + english_start)))" "≤ 15 KB" "$(ok $((fluent + english_start)) 15000)"
for code in $(sed -n 's/.*"code": *"\([a-z]*\)".*/\1/p' locales/languages.json); do
  start=$(gzsize ui/dist/assets/messages-"$code"-start-*.js) rest=$(gzsize ui/dist/assets/messages-"$code"-rest-*.js)
  printf '%-44s %14s %10s  %s\n' "  $code messages: first screen + the rest" "$(kib "$start") + $(kib "$rest")" "" "loaded when shown"
done
