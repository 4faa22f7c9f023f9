#!/usr/bin/env bash
# Sets everything up, builds, and serves the playground on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh  # (build.sh runs it too; idempotent and quick once done)
bash scripts/build.sh
PORT="${PORT:-8080}"
echo
echo "maprace playground: http://127.0.0.1:${PORT}/"
echo
exec npx vite preview --host 127.0.0.1 --port "$PORT" --strictPort
