# Resilience Journal — the commands README names.
#   make run    install what building and running need, build what changed, start the app
#   make test   install what the tests need too, and run every test tier
# docs/install.md says what each installs.
SHELL := /bin/bash
CARGO ?= cargo
HEADLESS := dbus-run-session -- xvfb-run -a --server-args="-screen 0 1280x800x24"
APP := target/release/resilience-journal
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: setup setup-test ui release run dev test test-core test-ui test-keychain e2e check deny bindings bench package test-package

# Building and running: system packages (compiler, WebKitGTK and GTK development files …) and the
# npm dependencies. Skips what is there, so it takes about a second once done.
setup:
	@scripts/setup.sh

# Also what only the tests need: Xvfb, WebKitWebDriver, D-Bus, gnome-keyring …, tauri-driver,
# cargo-deny.
setup-test:
	@scripts/setup.sh --test

# The UI bundle, built again only when its sources change. The app embeds every file of ui/dist
# (each is an input of the app crate's compilation, by its modification time), and Vite rewrites
# them all on every build, so building the UI when nothing changed would make cargo compile and
# link the app again. The tests in ui/src are not part of the bundle.
UI_SOURCES := $(shell find ui/src ui/public -type f ! -name '*.test.ts') \
  ui/index.html ui/package.json ui/package-lock.json ui/vite.config.ts ui/svelte.config.js ui/tsconfig.json

ui/dist/index.html: $(UI_SOURCES) | setup
	cd ui && npm run build
	@touch $@

ui: ui/dist/index.html

# The release binary with the UI embedded (what users run and what the end-to-end tests drive).
# cargo runs every time: it alone knows whether a Rust file changed, and says so in a second when
# none did.
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
test-keychain: setup-test
	scripts/keychain-test.sh

# The real binary driven by tauri-driver + WebKitWebDriver on a virtual display.
e2e: release setup-test
	$(HEADLESS) $(CARGO) test -p resilience-e2e -- --test-threads=1

# The bare reference window is linted alone: its Tauri embeds its page, which in one workspace run
# would make the app's build look for ui/dist too.
check: setup-test
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --exclude bare-window --all-targets --features resilience-journal/test -- -D warnings
	$(CARGO) clippy -p bare-window -- -D warnings
	cd ui && npm run check && npm run lint
	scripts/deny.sh

# The shipped app's dependencies: no HTTP client, allowed licences, advisories when available.
deny: setup-test
	scripts/deny.sh

# Rewrites ui/src/api/bindings from the Rust types (and the UI's chart fixture from Rust's series).
bindings: setup
	UPDATE_BINDINGS=1 $(CARGO) test --lib bindings
	UPDATE_BINDINGS=1 $(CARGO) test -p resilience-core --lib the_ui_fixture_is_rusts_output

# Every performance figure with its baseline and ratio: core benchmarks at 1, 10 and 100 years,
# sizes, startup and memory against a bare Tauri window, and idle CPU (docs/performance.md).
bench: release setup-test
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
test-package: package setup-test
	scripts/package-test.sh
