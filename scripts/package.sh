#!/usr/bin/env bash
# Builds the Linux packages (.deb and .rpm) of the release binary that `make release` built, with
# the Tauri bundler (the Tauri CLI pinned in ui/package.json). Nothing is compiled again: the
# bundler packs target/release/resilience-journal, the icons and the desktop entry.
#   scripts/package.sh          (make package runs `make release` first)
# The packages land in target/release/bundle/{deb,rpm}/.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=target/release/resilience-journal
TAURI=ui/node_modules/.bin/tauri

missing() { echo "package: missing $1. $2" >&2; exit 1; }

if [ "$(uname -s)" != "Linux" ]; then
  echo "package: make package builds the Linux packages. For Windows (MSI and NSIS) and macOS (.app and DMG)" >&2
  echo "         run 'npx --prefix ui tauri build --features custom-protocol' from the repository root;" >&2
  echo "         see docs/install.md, \"Build the installers yourself\"." >&2
  exit 1
fi
command -v cargo >/dev/null 2>&1 || missing "cargo (Rust)" "Install Rust with rustup (https://rustup.rs)."
command -v node >/dev/null 2>&1 || missing "node (Node.js 20.19 or newer)" "Debian/Ubuntu: apt install nodejs npm, or see https://nodejs.org."
[ -x "$TAURI" ] || missing "the Tauri CLI ($TAURI)" "It is pinned in ui/package.json: run scripts/setup.sh, or 'cd ui && npm ci'."
# The bundler asks pkg-config which AppIndicator library the tray uses, to name it as a dependency.
command -v pkg-config >/dev/null 2>&1 || missing "pkg-config" "Debian/Ubuntu: apt install pkg-config; Fedora: dnf install pkgconf-pkg-config."
if ! pkg-config --exists ayatana-appindicator3-0.1 && ! pkg-config --exists appindicator3-0.1; then
  missing "the AppIndicator development files" \
    "Debian/Ubuntu: apt install libayatana-appindicator3-dev; Fedora: dnf install libayatana-appindicator-gtk3-devel."
fi
[ -x "$APP" ] || missing "the release binary ($APP)" "Build it with 'make release' (or run 'make package', which does)."

# --features matches `make release`, so the bundler describes the binary that was built. The binary
# is packed as it is, not patched in place: it may be running (make run, the end-to-end tests), and
# the mark the patch adds is only read by Tauri's updater, which this app does not use.
"$TAURI" bundle --bundles deb,rpm --features custom-protocol --no-binary-patching

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
echo "package: built version $version:"
ls -l target/release/bundle/deb/*_"${version}"_*.deb target/release/bundle/rpm/*-"${version}"-*.rpm
