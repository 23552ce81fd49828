#!/usr/bin/env bash
# Installs the .deb that `make package` built the way a person would (apt-get install ./….deb),
# starts the installed app on a virtual display with a fresh data folder, checks that its window
# appears and that it creates its journal there, then removes the package again.
#   scripts/package-test.sh         (make test-package builds the package first)
# Needs root or password-less sudo, because it installs a system package; without either it says
# so and skips. It refuses to touch a resilience-journal package that was installed before it ran.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=resilience-journal
BIN=/usr/bin/resilience-journal
DESKTOP_DIR=/usr/share/applications
ICON=/usr/share/icons/hicolor/128x128/apps/resilience-journal.png
TITLE="Resilience Journal"
# The window class the desktop entry's StartupWMClass names, so the dock shows the app's icon.
WM_CLASS=resilience-journal
WAIT_SECONDS=60
OUT=target/package-test

step() { echo "package-test: $*"; }
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
shopt -s nullglob
debs=(target/release/bundle/deb/*_"${version}"_*.deb)
rpms=(target/release/bundle/rpm/*-"${version}"-*.rpm)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb of version $version in target/release/bundle/deb, found ${#debs[@]}; run 'make package'."
[ ${#rpms[@]} -eq 1 ] || fail "expected one .rpm of version $version in target/release/bundle/rpm, found ${#rpms[@]}; run 'make package'."
deb=${debs[0]}

# 1. What the package says about itself, before anything is installed.
step "checking $deb"
[ "$(dpkg-deb -f "$deb" Package)" = "$PACKAGE" ] || fail "the package is not called $PACKAGE"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package version is not $version (Cargo.toml)"
depends=$(dpkg-deb -f "$deb" Depends)
# libssl3: SQLCipher links the system libcrypto on Linux.
for lib in libwebkit2gtk-4.1-0 libgtk-3-0 libssl3; do
  [[ ", $depends," == *", $lib,"* ]] || fail "Depends ($depends) does not name $lib"
done
contents=$(dpkg-deb -c "$deb")
for path in "$BIN" "$ICON" "$DESKTOP_DIR/"; do
  grep -qF " ${path#/}" <<<"$contents" || fail "the package does not contain $path"
done

# 2. Permission to install.
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "package-test: SKIPPED: installing a package needs root or password-less sudo (CI runs as root)."
    exit 0
  fi
fi
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "install ok installed"; then
  fail "$PACKAGE is already installed on this machine; this test installs and removes it, so remove it first ('apt-get remove $PACKAGE')."
fi
for tool in apt-get xvfb-run dbus-run-session xdotool; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing; run scripts/setup.sh (it installs xvfb, dbus and xdotool)."
done

apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -q)
data_dir=$(mktemp -d)
installed=false
cleanup() {
  rm -rf "$data_dir"
  if $installed; then
    "${apt[@]}" remove "$PACKAGE" >/dev/null || echo "package-test: could not remove $PACKAGE; remove it with 'apt-get remove $PACKAGE'." >&2
  fi
}
trap cleanup EXIT

# 3. Install it as a person would; apt resolves the dependencies the package names.
step "apt-get install ./$deb"
"${apt[@]}" install "./$deb" >"$data_dir/apt.log" 2>&1 || { cat "$data_dir/apt.log" >&2; fail "apt-get install ./$deb"; }
installed=true
[ -x "$BIN" ] || fail "$BIN was not installed"
[ -f "$ICON" ] || fail "the icon $ICON was not installed"
outside_usr=$(dpkg -L "$PACKAGE" | grep -v -e '^/\.$' -e '^/usr$' -e '^/usr/' || true)
[ -z "$outside_usr" ] || fail "the package installs files outside /usr: $outside_usr"
desktop=$(dpkg -L "$PACKAGE" | grep "^$DESKTOP_DIR/.*\.desktop$" | head -n 1) || true
[ -n "$desktop" ] || fail "the package installed no desktop entry in $DESKTOP_DIR"
for line in "Name=$TITLE" "Exec=resilience-journal" "Icon=resilience-journal" "StartupWMClass=$WM_CLASS" "Type=Application"; do
  grep -qx "$line" "$desktop" || fail "$desktop has no line '$line'"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$desktop" || fail "$desktop is not a valid desktop entry"
fi

# 4. Start the installed app with a fresh data folder and wait for its window.
step "starting $BIN --data-dir $data_dir on a virtual display"
mkdir -p "$OUT"
export BIN TITLE WM_CLASS WAIT_SECONDS OUT data_dir
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- xvfb-run -a --server-args="-screen 0 1280x800x24" bash -c '
  set -u
  "$BIN" --data-dir "$data_dir" >"$OUT/app.log" 2>&1 &
  app=$!
  trap "kill $app 2>/dev/null; wait $app 2>/dev/null" EXIT
  # Polled rather than `xdotool search --sync`, which ends with BadWindow when one of the short-lived
  # windows WebKit makes goes away while it looks at it.
  window=
  for _ in $(seq 1 $((WAIT_SECONDS * 4))); do
    window=$(xdotool search --onlyvisible --name "^$TITLE\$" 2>/dev/null | head -n 1)
    [ -n "$window" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.25
  done
  if [ -z "$window" ]; then
    echo "package-test: FAILED: no window titled \"$TITLE\" within ${WAIT_SECONDS}s; the app said:" >&2
    cat "$OUT/app.log" >&2; exit 1
  fi
  xdotool search --classname "^$WM_CLASS\$" 2>/dev/null | grep -qx "$window" ||
    { echo "package-test: FAILED: the window'\''s class is not $WM_CLASS (the desktop entry'\''s StartupWMClass)" >&2; exit 1; }
  for _ in $(seq 1 "$WAIT_SECONDS"); do [ -s "$data_dir/journal.db" ] && break; sleep 1; done
  [ -s "$data_dir/journal.db" ] ||
    { echo "package-test: FAILED: the app did not create $data_dir/journal.db; it said:" >&2; cat "$OUT/app.log" >&2; exit 1; }
  kill -0 "$app" 2>/dev/null || { echo "package-test: FAILED: the app ended by itself; it said:" >&2; cat "$OUT/app.log" >&2; exit 1; }
  sleep 2
  import -window root "$OUT/window.png" 2>/dev/null || true
  echo "package-test: the window appeared and the journal was created (screenshot: $OUT/window.png)"
' || fail "the installed app did not start as expected"

# 5. Remove it again: the program and its desktop entry go, and the data folder stays.
step "apt-get remove $PACKAGE"
"${apt[@]}" remove "$PACKAGE" >"$data_dir/apt.log" 2>&1 || { cat "$data_dir/apt.log" >&2; fail "apt-get remove $PACKAGE"; }
installed=false
[ ! -e "$BIN" ] || fail "$BIN is still there after removing the package"
[ ! -e "$desktop" ] || fail "$desktop is still there after removing the package"
[ -s "$data_dir/journal.db" ] || fail "the journal is gone after removing the package"
step "passed: installed, started, created its journal, removed ($(du -h "$deb" | cut -f1) .deb)"
