#!/usr/bin/env python3
"""Measures on real Go what the calibrated strategy's cost table says
(crate/src/sched/costs.rs, the step costs in crate/src/vm/opmeta.rs and the
stdlib rows): a map write, a map read, a range step, a `go` statement, an
unbuffered channel hand-off between two goroutines, a print to stdout (a
`write` system call to a pipe), and the latency of waking an idle P (a
goroutine started while every other P is idle: the time until it runs).

It builds one Go program (no -race), runs it RUNS times (default 5) with
GOMAXPROCS=2, takes the median of each figure, and writes
tests/oracle/costs.txt:

    # go1.27.3 linux/amd64 cores=2 load=0.52,1.10,2.01 date=2026-12-07T15:00:00Z runs=5
    map_assign_ns 21.4
    …

The header says where it was measured (load matters: a busy machine wakes
idle Ps late). Nothing reads costs.txt at test time; costs.rs cites it.

  GO=/tmp/go-oracle/bin/go python3 tests/oracle/costs.py
"""
import datetime, os, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests/oracle/costs.txt")
RUNS = int(os.environ.get("RUNS", "5"))

PROGRAM = r'''
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"
)

func per(n int, f func()) float64 {
	t := time.Now()
	f()
	return float64(time.Since(t).Nanoseconds()) / float64(n)
}

func main() {
	const n = 1 << 20
	m := make(map[int]int)
	fmt.Printf("map_assign_ns %.2f\n", per(n, func() {
		for i := 0; i < n; i++ {
			m[i&4095] = i
		}
	}))
	s := 0
	fmt.Printf("map_lookup_ns %.2f\n", per(n, func() {
		for i := 0; i < n; i++ {
			s += m[i&4095]
		}
	}))
	fmt.Printf("map_range_step_ns %.2f\n", per(256*4096, func() {
		for j := 0; j < 256; j++ {
			for _, v := range m {
				s += v
			}
		}
	}))
	var wg sync.WaitGroup
	const g = 1 << 14
	fmt.Printf("go_statement_ns %.2f\n", per(g, func() {
		for i := 0; i < g; i++ {
			wg.Add(1)
			go wg.Done()
		}
	}))
	wg.Wait()
	c := make(chan int)
	go func() {
		for v := range c {
			s += v
		}
	}()
	const k = 1 << 16
	fmt.Printf("chan_handoff_ns %.2f\n", per(k, func() {
		for i := 0; i < k; i++ {
			c <- i
		}
	}))
	close(c)
	devnull, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	const w = 1 << 12
	fmt.Printf("print_ns %.2f\n", per(w, func() {
		for i := 0; i < w; i++ {
			fmt.Fprintln(devnull, "worker", i)
		}
	}))
	// Waking an idle P: every other P idle (main slept), then a go statement;
	// the time until the new goroutine runs on the woken P (main keeps its P busy).
	var lat []float64
	for i := 0; i < 200; i++ {
		time.Sleep(200 * time.Microsecond)
		start := time.Now()
		ran := make(chan time.Duration, 1)
		go func() { ran <- time.Since(start) }()
		for d := time.Now(); time.Since(d) < 2*time.Millisecond; {
			if len(ran) > 0 {
				break
			}
		}
		select {
		case d := <-ran:
			lat = append(lat, float64(d.Nanoseconds()))
		case <-time.After(10 * time.Millisecond):
		}
	}
	fmt.Printf("wake_idle_p_median_ns %.0f\n", median(lat))
	fmt.Printf("wake_idle_p_p90_ns %.0f\n", quantile(lat, 0.9))
	runtime.KeepAlive(s)
}

func median(v []float64) float64 { return quantile(v, 0.5) }

func quantile(v []float64, q float64) float64 {
	if len(v) == 0 {
		return 0
	}
	for i := range v {
		for j := i + 1; j < len(v); j++ {
			if v[j] < v[i] {
				v[i], v[j] = v[j], v[i]
			}
		}
	}
	return v[int(q*float64(len(v)-1))]
}
'''


def main():
    go = os.environ.get("GO") or "/tmp/go-oracle/bin/go"
    if not os.path.exists(go):
        sys.exit(f"no Go toolchain at {go} (set GO=/path/to/go)")
    version = subprocess.run([go, "version"], capture_output=True, text=True).stdout.split()[2:4]
    load = ",".join(f"{x:.2f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "main.go"), "w") as f:
            f.write(PROGRAM)
        subprocess.run([go, "mod", "init", "costs"], cwd=tmp, check=True, capture_output=True)
        subprocess.run([go, "build", "-o", "costs", "."], cwd=tmp, check=True)
        figures = {}
        for _ in range(RUNS):
            out = subprocess.run([os.path.join(tmp, "costs")], env={**os.environ, "GOMAXPROCS": "2"}, capture_output=True, text=True, check=True).stdout
            for line in out.splitlines():
                k, v = line.split()
                figures.setdefault(k, []).append(float(v))
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [f"# {' '.join(version)} cores={os.cpu_count()} load={load} date={date} runs={RUNS} (median of the runs)"]
    lines += [f"{k} {statistics.median(v):.1f}" for k, v in figures.items()]
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
