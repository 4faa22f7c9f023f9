#!/usr/bin/env bash
# Records what real Go prints for the hostile programs whose texts
# crate/tests/hostile.rs compares with maprace's (issue 13): running out of
# memory (under a 4 GB address-space cap), and the builtin println of a long
# string. Writes crate/tests/hostile_go.txt: for each program, `== NAME`,
# then Go's exit status and the first lines of its standard error.
#
# usage: GO=/path/to/go tests/oracle/hostile_record.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
GO=${GO:-/tmp/go-oracle/bin/go}
out=crate/tests/hostile_go.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prog() { printf 'package main\n\nfunc main() {\n%s\n}\n' "$2" > "$tmp/$1.go"; }
prog string_doubling '	s := "x"
	for i := 0; i < 40; i++ {
		s += s
	}
	println(len(s))'
prog make_slice_1tb '	n := 1 << 40
	s := make([]byte, n)
	println(len(s))'
prog make_map_hint_1_shl_39 '	n := 1 << 39
	m := make(map[int]int, n)
	m[1] = 1
	println(len(m))'
prog make_map_hint_1_shl_40 '	n := 1 << 40
	m := make(map[int]int, n)
	m[1] = 1
	println(len(m))'
prog make_map_hint_1_shl_22 '	m := make(map[int]int, 1<<22)
	m[1] = 1
	println(len(m))'
prog make_map_hint_negative '	n := -1
	m := make(map[int]int, n)
	m[1] = 1
	println(len(m))'
prog println_long '	println("0123456789012345678901234567890123456789012345678901234567890123456789", 1, true)'
{
  echo "# real Go $("$GO" version | cut -d' ' -f3-4), run under ulimit -v 4000000 (tests/oracle/hostile_record.sh)"
  for name in string_doubling make_slice_1tb make_map_hint_1_shl_39 make_map_hint_1_shl_40 make_map_hint_1_shl_22 make_map_hint_negative println_long; do
    (cd "$tmp" && ulimit -v 4000000 && timeout 120 "$GO" build -o "$name.bin" "$name.go")
    res=$(cd "$tmp" && ulimit -v 4000000 && timeout 120 "./$name.bin" 2>"$name.err" >"$name.out"; echo $?)
    echo "== $name"
    echo "exit: $res"
    echo "stdout: $(head -c 200 "$tmp/$name.out" | head -1)"
    echo "stderr:"
    head -2 "$tmp/$name.err" | cut -c1-200
  done
} > "$out"
echo "wrote $out"
