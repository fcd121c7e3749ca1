#!/usr/bin/env bash
# Install the Debian/Ubuntu packages that PySide6-Essentials (from PyPI) needs at run
# time, under both the `offscreen` and the `xcb` (X11) platform plugins.
#
# The PyPI wheels bundle Qt itself (and ICU), but link against the system's X11/xcb,
# OpenGL/EGL, fontconfig, GLib and D-Bus libraries, and Qt ships no fonts. The list
# below is what `ldd` of Qt's platform plugins and core libraries asks for on a
# minimal Debian 12, plus fonts that cover Kazakh Cyrillic.
#
# Usage: install-system-deps.sh [--test] [--python] [--depends]
#   --test     also install what the test suite needs (Xvfb and xauth for xvfb-run;
#              GNOME Keyring and a D-Bus session for the real-keyring tests)
#   --python   also install python3 with venv and pip (Debian splits them out)
#   --depends  install nothing: print the run-time list as a Debian "Depends" value
#              (build-deb.sh puts it in the package, so the two cannot drift apart)
#
# Idempotent: when every package is already installed it does nothing (no sudo, no
# network). Runs apt-get directly as root (CI) and through sudo otherwise.
set -euo pipefail

want_test=0
want_python=0
want_depends=0
for arg in "$@"; do
    case "$arg" in
        --test) want_test=1 ;;
        --python) want_python=1 ;;
        --depends) want_depends=1 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-system-deps.sh: unknown option: $arg" >&2; exit 2 ;;
    esac
done

# Each entry is one package; "a|b" means the first name the archive knows
# (Ubuntu 24.04 renamed some libraries with a t64 suffix during the time_t change).
packages=(
    # OpenGL/EGL dispatch libraries: libQt6Gui links libEGL and libGL directly.
    libegl1
    libgl1
    # Keyboard handling (libQt6Gui, and the xcb plugin via the -x11 variant).
    libxkbcommon0
    libxkbcommon-x11-0
    # Font discovery and rendering (libQt6Gui).
    libfontconfig1
    libfreetype6
    # libQt6Core uses GLib's event loop; libQt6DBus links libdbus.
    "libglib2.0-0t64|libglib2.0-0"
    libdbus-1-3
    # The xcb platform plugin (libqxcb.so / libQt6XcbQpa.so.6) and its GL integrations.
    libx11-6
    libx11-xcb1
    libxcb1
    libxcb-cursor0
    libxcb-glx0
    libxcb-icccm4
    libxcb-image0
    libxcb-keysyms1
    libxcb-randr0
    libxcb-render0
    libxcb-render-util0
    libxcb-shape0
    libxcb-shm0
    libxcb-sync1
    libxcb-util1
    libxcb-xfixes0
    libxcb-xkb1
    # The wayland platform plugin, which Qt picks by itself in a Wayland desktop
    # session (the default on current Ubuntu and Debian GNOME).
    libwayland-client0
    libwayland-cursor0
    libwayland-egl1
    # libQt6Network links Kerberos (GSSAPI) for HTTP/proxy authentication.
    libgssapi-krb5-2
    # Qt ships no fonts; DejaVu covers Cyrillic including the Kazakh letters
    # (ә ғ қ ң ө ұ ү һ і). Without any font Qt warns, and the tests fail on warnings.
    fonts-dejavu-core
)
if [[ $want_depends == 1 ]]; then
    printf '%s\n' "${packages[@]}" | sed 's/|/ | /g' | paste -sd, - | sed 's/,/, /g'
    exit 0
fi
if [[ $want_test == 1 ]]; then
    packages+=(
        xvfb   # a virtual X server for the xcb end-to-end tests (provides xvfb-run)
        xauth  # xvfb-run needs it to hand the server's cookie to clients
        # The real Secret Service for tests/security/test_real_keyring.py: the test
        # command starts a private D-Bus session (dbus-run-session) with its own
        # gnome-keyring-daemon, unlocked with a throwaway password.
        gnome-keyring
        libsecret-tools  # secret-tool: libsecret's own view of what was stored
        dbus-x11
        "dbus-daemon|dbus"  # dbus-run-session (Debian 12 split it out of "dbus")
    )
fi
if [[ $want_python == 1 ]]; then
    packages+=(python3 python3-venv python3-pip)
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps.sh: no apt-get here; install your system's equivalents of:" >&2
    printf '  %s\n' "${packages[@]}" >&2
    exit 0
fi

# Root (CI, containers) runs apt-get itself; anyone else goes through sudo.
if [[ $(id -u) == 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-system-deps.sh: not root and no sudo: cannot install system packages" >&2
    exit 1
fi

is_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

has_candidate() {
    local candidate
    candidate=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')
    [[ -n $candidate && $candidate != "(none)" ]]
}

# Pass 1, no network: which packages are missing? An alternative counts as present
# when any of its names is installed.
missing=()
for entry in "${packages[@]}"; do
    IFS='|' read -r -a names <<<"$entry"
    present=0
    for name in "${names[@]}"; do
        if is_installed "$name"; then present=1; break; fi
    done
    [[ $present == 1 ]] || missing+=("$entry")
done

if [[ ${#missing[@]} == 0 ]]; then
    echo "System packages: all present."
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
echo "System packages: ${#missing[@]} missing; updating the package lists."
"${as_root[@]}" apt-get update -q

# Pass 2: resolve each alternative to the first name this archive has.
to_install=()
for entry in "${missing[@]}"; do
    IFS='|' read -r -a names <<<"$entry"
    chosen=""
    for name in "${names[@]}"; do
        if has_candidate "$name"; then chosen=$name; break; fi
    done
    if [[ -z $chosen ]]; then
        echo "install-system-deps.sh: no package in the archive for: $entry" >&2
        exit 1
    fi
    to_install+=("$chosen")
done

echo "System packages: installing ${to_install[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${to_install[@]}"
