#!/usr/bin/env bash
# Records real gofmt's output for every program the tests format:
# the corpus (crate/tests/corpus), the gallery (examples/) and the badly
# formatted variants (crate/tests/fmt/input). For each FILE it writes
# crate/tests/fmt/want/DIR__NAME.go (gofmt's output), or DIR__NAME.err when
# gofmt rejects the file (its message, for the record; the test only checks
# that maprace rejects it too). crate/tests/fmt.rs compares maprace fmt
# against these byte for byte.
#
# usage: GOFMT=/path/to/gofmt tests/oracle/gofmt_record.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
GOFMT=${GOFMT:-$(ls /tmp/go-oracle/lib/python3*/site-packages/go/bin/gofmt 2>/dev/null | head -1)}
[ -x "$GOFMT" ] || { echo "gofmt not found; set GOFMT" >&2; exit 1; }
want=crate/tests/fmt/want
rm -f "$want"/*.go "$want"/*.err
n=0
for f in crate/tests/corpus/*.go examples/*.go crate/tests/fmt/input/*.go; do
  [ -e "$f" ] || continue
  dir=$(basename "$(dirname "$f")")
  name="${dir}__$(basename "$f" .go)"
  if "$GOFMT" < "$f" > "$want/$name.go" 2> "$want/$name.err"; then
    rm -f "$want/$name.err"
  else
    rm -f "$want/$name.go"
  fi
  n=$((n + 1))
done
ver=$(head -1 "$(dirname "$GOFMT")/../VERSION" 2>/dev/null || echo unknown)
echo "$ver" > "$want/VERSION"
echo "recorded $n files with gofmt ($ver) into $want"
