#!/usr/bin/env bash
# Prepares this machine for the station: system packages (as root, where apt exists), then the
# npm packages. Safe to run again: it skips what is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium: browser tests · libsecret/gnome-keyring/dbus: the OS keychain (keytar) and its tests ·
# socat/udev: serial scanners · poppler-utils, zbar-tools: reading packing-slip PDFs and their
# barcodes back in tests ·
# wrk: the pick benchmark (run by hand).
APT_PACKAGES=(chromium libsecret-1-dev libsecret-tools gnome-keyring dbus dbus-x11 socat udev poppler-utils zbar-tools wrk)

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
elif command -v apt-get >/dev/null 2>&1; then
  echo "setup: not root, so system packages are not installed; tests need: ${APT_PACKAGES[*]}"
fi

# The Electron binary is downloaded from the internet, which this kind of machine cannot reach;
# the station then runs headless. On a connected PC: ELECTRON_SKIP_BINARY_DOWNLOAD=0 npm run setup.
export ELECTRON_SKIP_BINARY_DOWNLOAD="${ELECTRON_SKIP_BINARY_DOWNLOAD:-1}"
# Native addons (better-sqlite3, keytar) compile against the local Node headers: nothing to download.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi

stamp=node_modules/.station-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: npm ci (native modules compile from source; about two to three minutes)"
  start=$(date +%s)
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
  echo "setup: npm ci took $(( $(date +%s) - start )) s"
fi
