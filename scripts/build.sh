#!/usr/bin/env bash
# Builds the core to wasm (wasm-bindgen, then wasm-opt from npm's binaryen)
# and the static site into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
# A fresh clone has no wasm target, wasm-bindgen or node_modules yet.
bash scripts/setup.sh
cargo build --release --target wasm32-unknown-unknown --lib -q
rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg target/wasm32-unknown-unknown/release/maprace.wasm
if [ -x node_modules/.bin/wasm-opt ]; then
  node_modules/.bin/wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    www/pkg/maprace_bg.wasm -o www/pkg/maprace_bg.wasm
fi
npx vite build --logLevel warn
