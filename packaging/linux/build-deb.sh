#!/usr/bin/env bash
# Build the Debian package of Workplace:
#
#   packaging/linux/build-deb.sh [OUTDIR]     (default OUTDIR: dist/)
#
# The app is installed into a private Python environment, /opt/workplace/venv, made
# from the system's python3 (Debian 12: 3.11) with the project's wheel and its pinned
# dependencies from PyPI; /usr/bin/workplace starts it. Also: a .desktop entry and
# AppStream metainfo (kk/ru/en), the icon, and /etc/workplace/policy.json as a
# conffile (an empty policy: kept on upgrade and remove, gone on purge).
# Needs: dpkg-deb, readelf (binutils), python3-venv, and network access to PyPI.
# Run as any user.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-$repo/dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)
python=${PYTHON:-/usr/bin/python3}
started=$(date +%s)

version=$("$python" -c 'import re,sys; print(re.search(r"__version__ = \"(.+?)\"", open(sys.argv[1]).read())[1])' "$repo/workplace/__init__.py")
arch=$(dpkg --print-architecture)
pyver=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
prefix=/opt/workplace
venv=$root$prefix/venv

echo "build-deb: workplace $version ($arch, python $pyver)"
"$python" -m venv "$work/build-env"
"$work/build-env/bin/pip" install -q --upgrade pip build
"$work/build-env/bin/python" -m build -q --wheel --outdir "$work/wheel" "$repo"
wheel=$(ls "$work"/wheel/workplace-*.whl)

# The environment is made at its staging path; the few places that name that path
# (script shebangs) are pointed at the installed one below. Bytecode is compiled by
# postinst on the target, not shipped.
"$python" -m venv --without-pip "$venv"
"$work/build-env/bin/pip" --python "$venv/bin/python" install -q --no-compile "$wheel"
find "$venv" -name __pycache__ -type d -prune -exec rm -rf {} +
# PySide6-Addons is there for QtCharts alone; the rest of it (WebEngine, Quick 3D,
# Multimedia … some 415 MB) is never loaded. Needs the wheels' RECORD files, so first.
"$python" "$here/prune_pyside.py" "$venv/lib/python$pyver/site-packages"
grep -rlI --null "^#!$venv/bin/python" "$venv/bin" | xargs -0 -r sed -i "1s|^#!$venv/bin/python|#!$prefix/venv/bin/python|"
# venv's python is a symlink to the system interpreter, as Debian's python3 provides.
ln -sfn "/usr/bin/python$pyver" "$venv/bin/python"
# Shared objects need no exec bit (Debian policy 8.1); pip keeps the wheels' modes.
find "$venv" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0644 {} +
# Files pip writes that only record where the build happened.
find "$venv" -name direct_url.json -delete
find "$venv" -path '*.dist-info/RECORD' -delete

install -Dm755 "$here/deb/workplace.sh" "$root/usr/bin/workplace"
install -Dm644 "$here/deb/kz.gov.workplace.desktop" "$root/usr/share/applications/kz.gov.workplace.desktop"
install -Dm644 "$repo/resources/icons/workplace.svg" "$root/usr/share/icons/hicolor/scalable/apps/kz.gov.workplace.svg"
install -d "$root/usr/share/metainfo"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
    "$here/deb/kz.gov.workplace.metainfo.xml" > "$root/usr/share/metainfo/kz.gov.workplace.metainfo.xml"
install -Dm644 "$here/deb/policy.json" "$root/etc/workplace/policy.json"
install -d "$root/usr/share/man/man1"
gzip -9n < "$here/deb/workplace.1" > "$root/usr/share/man/man1/workplace.1.gz"
install -Dm644 "$here/deb/lintian-overrides" "$root/usr/share/lintian/overrides/workplace"
doc=$root/usr/share/doc/workplace
install -d "$doc"
cat > "$doc/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: workplace

Files: *
Copyright: 2026 Workplace developers
License: proprietary
 Workplace is licensed to government bodies of the Republic of Kazakhstan.
 The Python packages under $prefix/venv carry their own licences in their
 .dist-info folders.
EOF
printf 'workplace (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- Workplace developers <workplace@gov.kz>  %s\n' \
    "$version" "$version" "$(date -u -R)" | gzip -9n > "$doc/changelog.gz"

install -d "$root/DEBIAN"
for script in postinst prerm postrm; do
    install -m755 "$here/deb/$script" "$root/DEBIAN/$script"
done
echo "/etc/workplace/policy.json" > "$root/DEBIAN/conffiles"
size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: workplace
Version: $version
Architecture: $arch
Maintainer: Workplace developers <workplace@gov.kz>
Installed-Size: $size_kb
Depends: libc6, python$pyver, $("$here/install-system-deps.sh" --depends)
Recommends: gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Homepage: https://workplace.gov.kz/
Description: unified digital workplace for civil servants
 Register and route documents, answer citizens' requests against their legal
 deadlines and work with an AI assistant, in Kazakh, Russian or English, online
 or offline. Machine policy: /etc/workplace/policy.json.
EOF
deb=$out/workplace_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz -z6 --build "$root" "$deb" >/dev/null
echo "build-deb: $deb"
echo "build-deb: installed size $((size_kb / 1024)) MB, package $(($(stat -c %s "$deb") / 1024 / 1024)) MB, built in $(($(date +%s) - started)) s"
