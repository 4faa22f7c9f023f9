#!/usr/bin/env bash
# Sets everything up and runs every test: the Rust suites (natively), the
# wasm surface in Chromium (wasm-bindgen-test), and the playground end to
# end in headless Chromium (Playwright). The last line is `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser

echo "==> Rust tests (native)"
cargo test --workspace

echo "==> wasm tests in Chromium"
cargo test --target wasm32-unknown-unknown --test wasm

echo "==> building the CLI and the site"
cargo build --release
bash scripts/build.sh

echo "==> browser end-to-end tests"
node tests/e2e/run.mjs
