#!/bin/sh
# Records real Go's swiss-map layout for crate/tests/swiss.rs:
#   GO=/path/to/go1.27 sh tests/oracle/swiss_record.sh
# writes crate/tests/swiss_growth.txt (see swiss_layout.go for the format).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
GO=${GO:-$ROOT/.oracle/bin/go}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp "$ROOT/tests/oracle/swiss_layout.go" "$TMP/main.go"
cd "$TMP"
"$GO" run main.go "${N:-5000}" > "$ROOT/crate/tests/swiss_growth.txt"
echo "wrote crate/tests/swiss_growth.txt ($(wc -l < "$ROOT/crate/tests/swiss_growth.txt") lines)"
