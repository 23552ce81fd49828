#!/usr/bin/env bash
# Installs what Resilience Journal needs on Debian 12 / Ubuntu 22.04+, skipping whatever is already
# present so that a second run takes a second. docs/install.md lists the same, per system.
#   scripts/setup.sh          building and running (make run, make dev, make package): the compiler,
#                             WebKitGTK/GTK/librsvg/AppIndicator/libsoup/OpenSSL development files,
#                             Perl, and the npm dependencies
#   scripts/setup.sh --test   that, plus what only the tests need (make test, check, e2e, bench,
#                             test-keychain, test-package): Xvfb, WebKitWebDriver, D-Bus,
#                             gnome-keyring, ImageMagick …, tauri-driver and cargo-deny
# Without a terminal (CI, an IDE) it never waits for input: as root it installs, otherwise sudo
# must work without a password or the packages to install are named instead.
set -euo pipefail
cd "$(dirname "$0")/.."

TEST=false
case "${1:-}" in
  "") ;;
  --test) TEST=true ;;
  *) echo "usage: scripts/setup.sh [--test]" >&2; exit 2 ;;
esac

# Building and running. Keep in step with docs/install.md.
RUN_PACKAGES=(
  build-essential pkg-config file ca-certificates
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libsoup-3.0-dev libssl-dev
  perl  # builds the OpenSSL inside SQLCipher (the journal's encryption); make and a C compiler too
)
# Only the tests (and make bench, make test-package). Keep in step with docs/install.md.
TEST_PACKAGES=(
  xvfb xauth xdotool dbus dbus-x11 webkit2gtk-driver imagemagick sqlite3 desktop-file-utils
  procps  # pgrep, for make bench (idle CPU of the app and its WebKit processes)
  gnome-keyring libsecret-tools  # a Secret Service and secret-tool, for make test-keychain
)
TAURI_DRIVER_VERSION=2.1.0
CARGO_DENY_VERSION=0.20.2
NODE_MAJOR_MIN=20

need() { command -v "$1" >/dev/null 2>&1 || { echo "setup: '$1' is missing. $2" >&2; exit 1; }; }
need cargo "Install Rust with rustup (https://rustup.rs), then run this again."
need node "Install Node.js ${NODE_MAJOR_MIN} or newer (Debian: apt install nodejs npm), then run this again."
need npm "Install npm (it comes with Node.js), then run this again."
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt "$NODE_MAJOR_MIN" ]; then
  echo "setup: Node.js $(node -v) is too old; version ${NODE_MAJOR_MIN} or newer is needed." >&2; exit 1
fi

# 1. System packages (Debian/Ubuntu). Elsewhere, docs/install.md lists what to install by hand.
PACKAGES=("${RUN_PACKAGES[@]}")
if $TEST; then PACKAGES+=("${TEST_PACKAGES[@]}"); fi
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing system packages: ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null 2>&1 || {
        echo "setup: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2; exit 1; }
      sudo=(sudo)
      [ -t 0 ] || sudo=(sudo -n)  # no terminal to type a password into: fail at once, never wait
    fi
    # sudo drops the environment, so DEBIAN_FRONTEND goes through env to reach apt-get.
    if ! { "${sudo[@]}" apt-get update -qq &&
           "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
             "${missing[@]}" >/dev/null; }; then
      echo "setup: could not install the system packages; run: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
else
  echo "setup: not a Debian-based system; install the packages listed in docs/install.md yourself." >&2
fi

# 2. npm dependencies, exactly as locked, whenever the lock file changed. Node trusts only its own
#    certificate list; adding the system's lets a proxy CA installed system-wide work too.
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (npm ci)"
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi

# 3 and 4 are for the tests only.
$TEST || exit 0

# 3. tauri-driver, for the end-to-end tests.
if ! tauri-driver --help >/dev/null 2>&1 || \
   ! cargo install --list | grep -q "^tauri-driver v${TAURI_DRIVER_VERSION}:"; then
  echo "setup: installing tauri-driver ${TAURI_DRIVER_VERSION}"
  cargo install tauri-driver --version "${TAURI_DRIVER_VERSION}" --locked --quiet
fi

# 4. cargo-deny, which checks that the shipped app has no HTTP client and only allowed licences.
if ! cargo install --list | grep -q "^cargo-deny v${CARGO_DENY_VERSION}:"; then
  echo "setup: installing cargo-deny ${CARGO_DENY_VERSION}"
  cargo install cargo-deny --version "${CARGO_DENY_VERSION}" --locked --quiet
fi
