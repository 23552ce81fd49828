# Resilience Journal — the commands README names.
#   make run    set everything up and start the app (default data location)
#   make test   set everything up and run every test tier
SHELL := /bin/bash
CARGO ?= cargo
HEADLESS := dbus-run-session -- xvfb-run -a --server-args="-screen 0 1280x800x24"
APP := target/release/resilience-journal
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: setup ui run dev test test-core test-ui test-keychain e2e check deny bindings bench package test-package

setup:
	@scripts/setup.sh

ui: setup
	cd ui && npm run build

# The release binary with the UI embedded (what users run and what the end-to-end tests drive).
$(APP) release: ui
	$(CARGO) build --release --features custom-protocol

run: release
	./$(APP)

# Hot reload: Vite serves the UI, Tauri rebuilds the Rust side on change.
dev: setup
	ui/node_modules/.bin/tauri dev

test: check test-ui test-core test-keychain e2e test-package
	@echo "All test tiers passed."

# Core unit tests, store/migration tests on real files, command tests through tauri::test.
test-core: setup
	$(CARGO) test --workspace --exclude resilience-e2e --exclude bare-window --features resilience-journal/test

test-ui: setup
	cd ui && npm test

# The system keychain against a real gnome-keyring on a private session bus, in throwaway folders:
# a key kept and read back across instances and a daemon restart; no keyring, a locked one and a
# memory-only one are each reported as such, never as a hang.
test-keychain: setup
	scripts/keychain-test.sh

# The real binary driven by tauri-driver + WebKitWebDriver on a virtual display.
e2e: release
	$(HEADLESS) $(CARGO) test -p resilience-e2e -- --test-threads=1

# The bare reference window is linted alone: its Tauri embeds its page, which in one workspace run
# would make the app's build look for ui/dist too.
check: setup
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --exclude bare-window --all-targets --features resilience-journal/test -- -D warnings
	$(CARGO) clippy -p bare-window -- -D warnings
	cd ui && npm run check && npm run lint
	scripts/deny.sh

# The shipped app's dependencies: no HTTP client, allowed licences, advisories when available.
deny: setup
	scripts/deny.sh

# Rewrites ui/src/api/bindings from the Rust types (and the UI's chart fixture from Rust's series).
bindings:
	UPDATE_BINDINGS=1 $(CARGO) test --lib bindings
	UPDATE_BINDINGS=1 $(CARGO) test -p resilience-core --lib the_ui_fixture_is_rusts_output

# Every performance figure with its baseline and ratio: core benchmarks at 1, 10 and 100 years,
# sizes, startup and memory against a bare Tauri window, and idle CPU (README "Performance").
bench: release
	$(CARGO) build --release -p bare-window -p startup-bench
	$(CARGO) bench -p resilience-core --benches
	scripts/sizes.sh
	$(HEADLESS) target/release/startup-bench --app $(APP) --bare target/release/bare-window
	scripts/idle-cpu.sh 60

# The .deb and .rpm (target/release/bundle/) of the release binary: the Tauri bundler packs what
# `release` built, so nothing is compiled twice. scripts/package.sh names any tool that is missing.
package: release
	scripts/package.sh

# Installs the .deb with apt-get, starts the installed app on a virtual display, removes it again.
test-package: package
	scripts/package-test.sh
