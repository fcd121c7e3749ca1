#!/usr/bin/env bash
# Build the .deb, check it (lintian, desktop-file-validate, appstreamcli), install it
# on this machine, run the INSTALLED `workplace --selftest` under Xvfb with a private
# D-Bus session and keyring, open the eGov statistics page (QtCharts) of the installed
# copy offscreen, then remove and purge it, checking the policy conffile:
#
#   packaging/linux/test-deb.sh          (as root, or with sudo; CI runs it)
#
# It leaves the machine as it found it (the package purged). Prints the bundle size,
# the package size and the build time.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
if [[ $(id -u) == 0 ]]; then as_root=(); else as_root=(sudo); fi
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n---- test-deb: %s\n' "$*"; }
fail() { printf 'test-deb: FAILED: %s\n' "$*" >&2; exit 1; }

step "tools"
need=()
command -v lintian >/dev/null || need+=(lintian)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v readelf >/dev/null || need+=(binutils)  # build-deb prunes Qt by its ELF needs
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
command -v dbus-run-session >/dev/null || need+=(dbus-daemon)
command -v gnome-keyring-daemon >/dev/null || need+=(gnome-keyring)
/usr/bin/python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
if (( ${#need[@]} )); then
    "${as_root[@]}" apt-get update -q
    "${as_root[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
fi

step "build"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$here/build-deb.sh" "$out" | tee "$out/build.log"
deb=$(ls "$out"/workplace_*.deb)

step "lintian (errors fail; overrides are explained in deb/lintian-overrides)"
lintian --fail-on error --suppress-tags binary-has-unneeded-section "$deb"

step "install"
"${as_root[@]}" apt-get install -y -q "$deb"
desktop-file-validate /usr/share/applications/kz.gov.workplace.desktop
appstreamcli validate --no-net /usr/share/metainfo/kz.gov.workplace.metainfo.xml
[[ $(command -v workplace) == /usr/bin/workplace ]] || fail "no /usr/bin/workplace"
workplace --version

step "the installed selftest, under Xvfb, with a private keyring"
home=$(mktemp -d)
mkdir -p "$home/run"; chmod 700 "$home/run"
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
XDG_CACHE_HOME=$home/.cache XDG_STATE_HOME=$home/.local/state XDG_RUNTIME_DIR=$home/run \
    dbus-run-session -- bash -c '
        printf %s deb-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        xvfb-run -a workplace --selftest --lang kk
    ' | tee "$home/selftest.txt"
grep -q "^selftest passed" "$home/selftest.txt" || fail "selftest did not pass"

step "the installed eGov statistics page (QtCharts, after the PySide6-Addons pruning), offscreen"
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
XDG_CACHE_HOME=$home/.cache XDG_STATE_HOME=$home/.local/state XDG_RUNTIME_DIR=$home/run \
QT_QPA_PLATFORM=offscreen STATS=$here/check-statistics.py OUT=${STATISTICS_PNG:-$home/statistics.png} \
    dbus-run-session -- bash -c '
        printf %s deb-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        cd / && /opt/workplace/venv/bin/python "$STATS" "$OUT"
    ' | tee "$home/statistics.txt"
grep -q "^check-statistics: ok" "$home/statistics.txt" || fail "the statistics page did not draw"
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_STATE_HOME=$home/.local/state \
    workplace --diagnostics "$home" >/dev/null
ls "$home"/workplace-diagnostics-*.zip >/dev/null || fail "no diagnostics zip"
rm -rf "$home"

step "conffile: an admin's policy survives remove and reinstall, and goes on purge"
echo '{"signin": {"idle_lock_minutes": 5}}' | "${as_root[@]}" tee /etc/workplace/policy.json >/dev/null
"${as_root[@]}" apt-get remove -y -q workplace
[[ ! -e /usr/bin/workplace ]] || fail "/usr/bin/workplace left after remove"
[[ ! -e /opt/workplace/venv/bin/python ]] || fail "/opt/workplace left after remove"
grep -q idle_lock_minutes /etc/workplace/policy.json || fail "policy lost on remove"
"${as_root[@]}" apt-get install -y -q -o Dpkg::Options::=--force-confold "$deb"
grep -q idle_lock_minutes /etc/workplace/policy.json || fail "policy replaced on reinstall"
"${as_root[@]}" apt-get purge -y -q workplace
[[ ! -e /etc/workplace ]] || fail "/etc/workplace left after purge"
[[ ! -e /opt/workplace ]] || fail "/opt/workplace left after purge"

step "passed"
grep '^build-deb: installed size' "$out/build.log"
