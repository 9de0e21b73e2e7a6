#!/usr/bin/bash
# The toolchain base's second stage. `ramp image build` runs it as root inside a container of the first
# stage (the required packages' files unpacked, an empty dpkg database, the .deb files beside this
# script), without network. It installs every package properly with dpkg, maintainer scripts and all,
# checks that each one ended up installed, and removes itself and the .deb files. The container's file
# system then becomes the base image.
set -euo pipefail
stage=/var/cache/ramp-bootstrap
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true LC_ALL=C LANG=C

say() { echo "stage 2: $*"; }
install_one() { dpkg --force-depends --install "$1"; }
configure_all() { dpkg --configure --pending --force-configure-any --force-depends; }

cd "$stage/debs"
mapfile -t core < "$stage/core.list"
mapfile -t required < "$stage/required.list"
mapfile -t base < "$stage/base.list"

# the C library's cache, before anything dynamically linked runs
ldconfig
# nothing may start a service while packages are configured
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
chmod 755 /usr/sbin/policy-rc.d

say "installing the core packages one by one: ${core[*]%%_*}"
# maintainer scripts call awk before mawk's postinst registers it as the awk alternative
ln -sf mawk /usr/bin/awk
for deb in "${core[@]}"; do
  case "$deb" in mawk_*) rm -f /usr/bin/awk ;; esac
  install_one "$deb"
done

say "installing the ${#required[@]} required packages"
dpkg --force-depends --unpack "${required[@]}"
configure_all

if [ ${#base[@]} -gt 0 ]; then
  say "installing ${#base[@]} more packages: ${base[*]%%_*}"
  dpkg --force-depends --unpack "${base[@]}"
  configure_all
fi
rm -f /usr/sbin/policy-rc.d

# every package listed must now be installed and configured, and dpkg must see nothing half-done
expected=$(( ${#required[@]} + ${#base[@]} ))
installed=$(dpkg-query -W -f '${db:Status-Abbrev}\n' | grep -c '^ii ' || true)
broken=$(dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' | grep -v '^ii ' || true)
if [ -n "$broken" ] || [ "$installed" -ne "$expected" ] || [ -n "$(dpkg --audit)" ]; then
  say "installation incomplete: $installed of $expected packages installed"
  [ -z "$broken" ] || printf '%s\n' "$broken"
  dpkg --audit || true
  exit 1
fi

cd /
rm -rf "$stage" /var/lib/dpkg/*-old /var/cache/debconf/*-old
say "done: $installed packages installed"
