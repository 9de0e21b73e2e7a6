#!/usr/bin/env bash
# Makes the two small packages the tests read, with Debian's dpkg-deb (run as root, so that the
# owners below are kept): ramp-test_1.0_all.deb (data.tar.gz) and ramp-test-zstd_1.0_all.deb
# (data.tar.zst). hostname_3.23+nmu1_amd64.deb is Debian bookworm's own (data.tar.xz), and
# bookworm-Release{,.gpg} are bookworm's signed Release as the mirror served them on 2026-07-11.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/ramp-test
mkdir -p "$root/DEBIAN" "$root/bin" "$root/usr/bin" "$root/var/local-test" "$root/usr/share/ramp-test"
cat > "$root/DEBIAN/control" <<CONTROL
Package: ramp-test
Version: 1.0
Architecture: all
Maintainer: RAMP <ramp@example.invalid>
Description: test package of the RAMP engine
CONTROL
printf '#!/bin/sh\necho tool\n' > "$root/bin/tool"
chmod 755 "$root/bin/tool"
ln "$root/bin/tool" "$root/usr/bin/tool-again"
ln -s tool "$root/bin/tool-link"
chown 0:50 "$root/var/local-test"
chmod 2775 "$root/var/local-test"
echo data > "$root/usr/share/ramp-test/owned-by-1234"
chown 1234:1234 "$root/usr/share/ramp-test/owned-by-1234"
dpkg-deb -Zgzip --build "$root" "$here/ramp-test_1.0_all.deb" >/dev/null
dpkg-deb -Zzstd --build "$root" "$here/ramp-test-zstd_1.0_all.deb" >/dev/null
