#!/usr/bin/env bash
# Installs everything maprace needs, idempotently: the wasm target, the
# wasm-bindgen CLI pinned to the version in Cargo.lock, npm packages, and
# (with --browser) Debian's chromium and chromium-driver for browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$want" --no-default-features
fi

if [ ! -d node_modules ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  # (npm install, not npm ci: npm 11 here writes lock files without other
  # platforms' optional packages, which npm ci then rejects.)
  npm install --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
