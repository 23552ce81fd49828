#!/usr/bin/env bash
# Dependency policy of the shipped app (deny.toml): no HTTP client or TLS crate, allowed licences,
# crates.io only — and known security advisories when the advisory database is at hand.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo deny --workspace check bans licenses sources
db="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs"
if [ -d "$db" ] && [ -n "$(ls -A "$db" 2>/dev/null)" ]; then
  cargo deny --workspace check --disable-fetch advisories
else
  echo "deny: advisories skipped — no copy of the RustSec advisory database in $db, and it is" \
       "fetched from GitHub, which this machine cannot reach. Where the network allows, run" \
       "'cargo deny fetch' once, and this check runs too."
fi
