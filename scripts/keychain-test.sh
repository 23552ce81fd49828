#!/usr/bin/env bash
# The system keychain against a real Secret Service, headless (tests/keychain_secret_service.rs).
# Each step runs on a private session bus (dbus-run-session) with throwaway HOME and XDG folders,
# so the person's own keyring is never touched:
#   1. gnome-keyring unlocked: the check passes, a key round-trips through new instances and
#      secret-tool, and a key is kept for step 2;
#   2. a new bus and a new daemon on the same folders: that key is read back from disk;
#   3. no Secret Service on the bus at all: the check says "unavailable";
#   4. gnome-keyring started on demand with its login keyring locked (no one to type the password,
#      no display for the prompt): the check says "locked";
#   5. gnome-keyring whose default collection is the in-memory session one: "not persistent".
# Every test run is bounded by `timeout`, so a hanging keychain fails the script instead of
# blocking it.
#   scripts/keychain-test.sh         (make test-keychain)
set -euo pipefail
cd "$(dirname "$0")/.."

TEST=keychain_secret_service
PASSWORD=keychain-test-password # protects only the throwaway keyring made below
RUN_SECONDS=120

step() { echo "keychain-test: $*"; }
fail() { echo "keychain-test: FAILED: $*" >&2; exit 1; }

# Runs one ignored test of the test binary ($KEYCHAIN_TEST_BIN), bounded in time. The filter is
# exact, so a renamed or mistyped test would run nothing and "pass": the run must say it ran one
# test and that one test passed.
run_test() {
  local name=$1 started=$SECONDS output status
  output=$(mktemp)
  set +e
  timeout --kill-after=5 "$RUN_SECONDS" "$KEYCHAIN_TEST_BIN" --ignored --exact "$name" --nocapture --test-threads=1 |
    tee "$output"
  status=${PIPESTATUS[0]}
  set -e
  [ "$status" -eq 0 ] || { rm -f "$output"; fail "$name (exit $status; 124 means it ran longer than ${RUN_SECONDS} s)"; }
  if ! grep -qx 'running 1 test' "$output" || ! grep -q '^test result: ok\. 1 passed;' "$output"; then
    rm -f "$output"
    fail "$name: the filter did not run exactly one test (is it still called that, and still #[ignore]d?)"
  fi
  rm -f "$output"
  step "$name passed in $((SECONDS - started)) s"
}

# Starts gnome-keyring with the login keyring unlocked by $PASSWORD (created on first use), and
# waits until it answers on the bus with its default collection.
unlock_keyring() {
  printf '%s' "$PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
    fail "gnome-keyring-daemon --unlock failed"
  local _
  for _ in $(seq 100); do
    [ -f "$XDG_DATA_HOME/keyrings/login.keyring" ] && dbus-send --session --print-reply \
      --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
      string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && return 0
    sleep 0.1
  done
  fail "gnome-keyring did not come up on the session bus within 10 s"
}

default_collection() {
  dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.ReadAlias string:default | sed -n 's/.*object path "\(.*\)"/\1/p'
}

# Inside a private session bus (the script calls itself through dbus-run-session).
if [ "${1:-}" = "--inside" ]; then
  case "$2" in
    unlocked)
      unlock_keyring
      [ "$(default_collection)" = /org/freedesktop/secrets/collection/login ] ||
        fail "the default collection is $(default_collection), not the login keyring"
      run_test keeps_a_key_through_new_instances
      RJ_KEYCHAIN_PHASE="write" run_test a_key_survives_a_restart_of_the_keyring ;;
    restarted)
      unlock_keyring
      RJ_KEYCHAIN_PHASE="read" run_test a_key_survives_a_restart_of_the_keyring ;;
    no-service)
      RJ_KEYCHAIN_EXPECT=unavailable run_test a_keychain_that_cannot_keep_the_key_says_why ;;
    locked)
      RJ_KEYCHAIN_EXPECT=locked run_test a_keychain_that_cannot_keep_the_key_says_why ;;
    session-default)
      unlock_keyring
      [ "$(default_collection)" = /org/freedesktop/secrets/collection/session ] ||
        fail "the default collection is $(default_collection), not the session one"
      RJ_KEYCHAIN_EXPECT=not-persistent run_test a_keychain_that_cannot_keep_the_key_says_why ;;
    *) fail "unknown step $2" ;;
  esac
  exit 0
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon secret-tool timeout; do
  command -v "$tool" >/dev/null 2>&1 ||
    fail "'$tool' is missing: install gnome-keyring libsecret-tools dbus (scripts/setup.sh does), then run this again."
done
[ -f /usr/share/dbus-1/services/org.freedesktop.secrets.service ] ||
  fail "gnome-keyring is not registered with D-Bus (/usr/share/dbus-1/services/org.freedesktop.secrets.service is missing)"

# The test binary, built with the package selection and features of `make test-core` so that
# nothing is compiled twice. The steps run it directly: their HOME is a throwaway folder, where
# cargo would not find its own.
step "building tests/$TEST.rs"
KEYCHAIN_TEST_BIN=$(cargo test --workspace --exclude resilience-e2e --exclude bare-window \
  --features resilience-journal/test --test "$TEST" --no-run --message-format=json |
  sed -n 's/.*"executable":"\([^"]*'"$TEST"'[^"]*\)".*/\1/p' | tail -n 1)
[ -x "$KEYCHAIN_TEST_BIN" ] || fail "could not build tests/$TEST.rs"
export KEYCHAIN_TEST_BIN

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A bus like the standard session bus, but with no service directories: nothing can be started
# on demand, so there is no Secret Service at all.
cat >"$work/bare-session.conf" <<'EOF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF

# Runs step $2 on a new private bus (extra dbus-run-session options after it) with the throwaway
# home $1. The `default` file names the collection gnome-keyring's `default` alias starts at. A
# desktop login sets it up as "login"; a daemon asked for it before it has made the login keyring
# may settle on "session" (and write that down), which step 5 uses and steps 1-2 rule out.
in_session() {
  local home=$work/$1 step_name=$2 started=$SECONDS
  shift 2
  mkdir -p "$home/.local/share/keyrings" "$home/.config" "$home/.cache" "$home/run"
  chmod 700 "$home" "$home/.local/share/keyrings" "$home/run"
  step "$step_name"
  # What the bus, gnome-keyring and its prompter say (a locked keyring's prompter cannot open a
  # display, by design here) is shown only when the step fails.
  if ! (
    export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
      XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/run
    unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    dbus-run-session "$@" -- "$0" --inside "$step_name"
  ) 2>"$work/$step_name.log"; then
    cat "$work/$step_name.log" >&2
    fail "$step_name"
  fi
  step "$step_name: done in $((SECONDS - started)) s"
}

mkdir -p "$work/home/.local/share/keyrings" "$work/session-home/.local/share/keyrings"
printf login >"$work/home/.local/share/keyrings/default"
printf session >"$work/session-home/.local/share/keyrings/default"

in_session home unlocked
in_session home restarted
in_session bare-home no-service --config-file="$work/bare-session.conf"
in_session home locked
in_session session-home session-default
step "all keychain steps passed"
