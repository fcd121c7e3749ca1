#!/usr/bin/env bash
# One entry point for a fresh clone on Debian/Ubuntu:
#
#   packaging/bootstrap.sh run [app args…]   set up and start Workplace
#   packaging/bootstrap.sh test [pytest args…]  set up and run every check CI runs
#
# It installs the system packages Qt needs (sudo unless root), makes .venv in the
# repository root, installs the project into it (editable) and then runs the app or
# the checks. Safe to run again: what is already there is kept. Delete .venv to
# start the Python side from scratch. Set PYTHON to use another interpreter.
set -euo pipefail

usage() {
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
}

mode=${1:-}
case "$mode" in
    run|test) shift ;;
    -h|--help|help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
esac

# Work from the repository root whatever the caller's cwd.
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

PYTHON=${PYTHON:-python3}
venv=.venv

section() {
    printf '\n==== %s ====\n' "$*"
}

fail() {
    printf '\nbootstrap: %s\n' "$*" >&2
    exit 1
}

python_ok() {
    # The interpreter exists and is new enough (pyproject: requires-python >= 3.11).
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

python_too_old() {
    command -v "$PYTHON" >/dev/null 2>&1 && ! python_ok "$PYTHON"
}

# Fail early, before asking for sudo, when the interpreter is there but too old.
if python_too_old; then
    fail "Workplace needs Python >= 3.11, but $PYTHON is $("$PYTHON" -V 2>&1). Install a newer Python and run again with PYTHON=/path/to/python3.11 (or newer)."
fi

section "System packages"
deps_args=()
[[ $mode == test ]] && deps_args+=(--test)
# Debian ships venv/ensurepip in python3-venv, apart from python3 itself.
if ! command -v "$PYTHON" >/dev/null 2>&1 || ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
    deps_args+=(--python)
fi
bash packaging/linux/install-system-deps.sh ${deps_args[@]+"${deps_args[@]}"}

command -v "$PYTHON" >/dev/null 2>&1 || fail "no $PYTHON found after installing system packages"
python_ok "$PYTHON" \
    || fail "Workplace needs Python >= 3.11, but $PYTHON is $("$PYTHON" -V 2>&1). Run again with PYTHON=/path/to/python3.11 (or newer)."
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null \
    || fail "$PYTHON cannot make virtual environments (no venv/ensurepip); install its venv package"

section "Python environment ($venv)"
# Reuse a working .venv; replace one that is broken or made by a too-old Python.
if [[ -x $venv/bin/python ]] && ! python_ok "$venv/bin/python"; then
    echo "Existing $venv is unusable; making it again."
    rm -rf "$venv"
fi
if [[ ! -x $venv/bin/python ]]; then
    "$PYTHON" -m venv "$venv"
fi

# Install only when pyproject.toml changed since the last install (or never was),
# so that `run` starts quickly, and offline, the second time.
extras=""
[[ $mode == test ]] && extras="[test]"
stamp_file=$venv/.bootstrap-installed
want_stamp="$(sha256sum pyproject.toml | cut -d' ' -f1) $extras"
have_stamp=$(cat "$stamp_file" 2>/dev/null || true)
if [[ $have_stamp == "$want_stamp" || ($mode == run && $have_stamp == "${want_stamp% *} [test]") ]]; then
    echo "Already installed (pyproject.toml unchanged)."
else
    export PIP_DISABLE_PIP_VERSION_CHECK=1
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e ".$extras"
    printf '%s\n' "$want_stamp" >"$stamp_file"
    echo "Installed workplace$extras into $venv."
fi

# Let everything below (and the subprocesses tests start) find the venv's tools.
export VIRTUAL_ENV=$repo/$venv
export PATH=$VIRTUAL_ENV/bin:$PATH

if [[ $mode == run ]]; then
    section "Starting Workplace"
    exec "$venv/bin/workplace" "$@"
fi

# mode == test: each step must pass; stop at the first failure.
step() {
    local title=$1
    shift
    section "$title"
    local rc=0
    "$@" || rc=$?
    if [[ $rc != 0 ]]; then
        fail "FAILED: $title (exit code $rc)"
    fi
}

step "ruff check" ruff check .
step "mypy" mypy
step "import-linter" lint-imports
step "translations (packaging/i18n.py check)" python packaging/i18n.py check

section "pytest"
# Offscreen by default; tests that need a real X server start their own Xvfb.
#
# The tests run inside a private D-Bus session with a gnome-keyring of their own,
# unlocked with a throwaway password, so that tests/security/test_real_keyring.py
# stores, reads and deletes secrets in a real Secret Service (WORKPLACE_REAL_KEYRING=1).
# Its files and control socket live in a temporary folder: the keyring of the person
# running the tests is never touched.
rc=0
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1
then
    keyring_home=$(mktemp -d)
    trap 'rm -rf "$keyring_home"' EXIT
    mkdir -p "$keyring_home/data" "$keyring_home/runtime"
    chmod 700 "$keyring_home/runtime"
    # shellcheck disable=SC2016  # expanded by the inner shell
    XDG_DATA_HOME=$keyring_home/data XDG_RUNTIME_DIR=$keyring_home/runtime \
        dbus-run-session -- bash -c '
            printf %s workplace-tests \
                | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
                || { echo "bootstrap: gnome-keyring-daemon did not start" >&2; exit 1; }
            WORKPLACE_REAL_KEYRING=1 QT_QPA_PLATFORM=offscreen exec python -m pytest "$@"
        ' pytest "$@" || rc=$?
else
    echo "No dbus-run-session or gnome-keyring-daemon: the real-keyring tests are skipped."
    QT_QPA_PLATFORM=offscreen python -m pytest "$@" || rc=$?
fi
if [[ $rc == 5 ]]; then
    fail "FAILED: pytest collected no tests (exit code 5): that counts as a failure"
elif [[ $rc != 0 ]]; then
    fail "FAILED: pytest (exit code $rc)"
fi

section "All checks passed"
