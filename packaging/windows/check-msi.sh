#!/usr/bin/env bash
# Check that workplace.wxs compiles into an MSI (wixl, from Debian's msitools/wixl),
# around a stand-in for the PyInstaller folder that build.ps1 makes on Windows, and
# that the MSI writes the policy values the app reads. Run by CI (.ci/run).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
if ! command -v wixl >/dev/null || ! command -v msiinfo >/dev/null; then
    if [[ $(id -u) == 0 ]]; then as_root=(); else as_root=(sudo); fi
    "${as_root[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends wixl msitools
fi
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$repo/workplace/__init__.py")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/dist/_internal"
printf 'stand-in for the PyInstaller build\n' > "$work/dist/workplace.exe"
printf 'stand-in\n' > "$work/dist/_internal/python311.dll"
(cd "$work" && find dist -type f | wixl-heat --prefix dist/ --directory-ref INSTALLDIR \
    --component-group AppFiles --var var.SourceDir --win64 > files.wxs)
# wixl takes the files' paths relative to where it runs.
(cd "$work" && wixl -a x64 -D Version="$version" -D SourceDir=dist -D Win64=yes \
    -o Workplace.msi "$here/workplace.wxs" files.wxs)
msiinfo export "$work/Workplace.msi" Registry > "$work/registry.idt"
for value in 'connection	server_url	[SERVERURL]' 'connection	users_may_change	#[USERSMAYCHANGE]' \
             'signin	idle_lock_minutes	#[IDLELOCKMINUTES]'; do
    grep -qF "Software\\Policies\\Workplace\\$value" "$work/registry.idt" \
        || { echo "check-msi: the MSI does not write $value" >&2; exit 1; }
done
# Exported to a file first: with pipefail, "msiinfo | grep -q" fails at random when grep
# exits at its first match and msiinfo then dies of SIGPIPE.
msiinfo export "$work/Workplace.msi" File > "$work/file.idt"
grep -q workplace.exe "$work/file.idt" \
    || { echo "check-msi: workplace.exe is not in the MSI" >&2; exit 1; }
echo "check-msi: Workplace.msi $version compiles ($(stat -c %s "$work/Workplace.msi") bytes with stand-in files) and writes the policy values"
