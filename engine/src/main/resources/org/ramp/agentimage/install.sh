#!/bin/bash
# Installs an agent recipe's CLI into /opt/ramp-agent, in a container of the toolchain image with network,
# and leaves the installed tree as one tar (root-owned, read-only for others) in /ramp/out, which the agent
# image's build adds. Node and npm come from the npm registry's own tarballs (the engine downloaded and
# checked them: /ramp/tarballs); npm installs the CLI at its pinned version from the registry, keeping its
# downloads in /ramp/npm-cache so that a rebuild fetches nothing it already has.
#   RAMP_NODE_TGZ, RAMP_NPM_TGZ  tarball names in /ramp/tarballs
#   RAMP_CLI                     the CLI as name@version
#   RAMP_OWNER                   uid:gid that owns what this writes into the host's folders
set -euo pipefail
prefix=/opt/ramp-agent
export HOME=/tmp/ramp-install-home
mkdir -p "$prefix/node" /tmp/ramp-npm "$HOME"
chown_back() { chown -R "$RAMP_OWNER" /ramp/out /ramp/npm-cache 2>/dev/null || true; }
trap chown_back EXIT

tar -xzf "/ramp/tarballs/$RAMP_NODE_TGZ" -C "$prefix/node" --strip-components=1 --no-same-owner \
    package/bin/node package/LICENSE
tar -xzf "/ramp/tarballs/$RAMP_NPM_TGZ" -C /tmp/ramp-npm --strip-components=1 --no-same-owner
export PATH="$prefix/node/bin:$PATH"
# a TLS-intercepting proxy's certificate, when the host trusts one (the engine mounts the host's bundle)
if [ -s /ramp/host-ca.crt ]; then
  export NODE_EXTRA_CA_CERTS=/ramp/host-ca.crt
fi
echo "node $(node --version), npm $(node /tmp/ramp-npm/bin/npm-cli.js --version), installing $RAMP_CLI"
node /tmp/ramp-npm/bin/npm-cli.js install --global --prefix "$prefix/cli" --cache /ramp/npm-cache \
    --no-audit --no-fund --no-update-notifier --loglevel=warn "$RAMP_CLI"
if [ -s /ramp/job/setup.sh ]; then
  echo "running the recipe's setup"
  (cd "$prefix/cli" && bash -euo pipefail /ramp/job/setup.sh)
fi
chmod -R a+rX,go-w "$prefix"
tar --numeric-owner --owner=0 --group=0 -C /opt -cf /ramp/out/install.tar.part ramp-agent
mv /ramp/out/install.tar.part /ramp/out/install.tar
echo "installed: $(du -sh "$prefix" | cut -f1)"
