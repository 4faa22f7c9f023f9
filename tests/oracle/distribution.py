#!/usr/bin/env python3
"""Records real Go's odds: the distribution of (ending, output) over many runs.

record.py says what one `go run` does; this says how often each thing
happens. For every .go file given (default: crate/tests/calibration/*.go) it
builds the program ONCE with the real toolchain (`go build`, no -race), runs
the binary RUNS times (default 100) at each GOMAXPROCS in PROCS (default
"1,2"; the runs of the different settings alternate, so a change in machine
load hits them alike), and rewrites the trailing comment blocks beside the
program, one per GOMAXPROCS:

    /* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=0.52,1.10,2.01 date=2026-12-02T11:40:00Z median-ms=1.9
    {"n": 94, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
    {"n": 6, "exit": 0, "stderr": null, "stdout": "true\\n"}
    */

The header says what was run and where: Go's version, GOMAXPROCS, the number
of runs, the machine's core count (os.cpu_count()) and its 1, 5 and 15 minute
load averages when the recording of that program started (timing-dependent
odds move with load), the UTC time, and the median wall time of one run.
Each following line is one outcome, as JSON, most frequent first:
  n       how many runs ended this way
  exit    the exit status (2 for a fatal error or an unrecovered panic;
          -N if killed by signal N; 124 if the run timed out after 10 s)
  stderr  the first line of stderr starting with "fatal error: " or
          "panic: ", or null — together with exit, the run's *ending*
  stdout  everything the program printed on stdout
Tests read these records, never Go itself.

  GO=/tmp/go-oracle/bin/go python3 tests/oracle/distribution.py [file.go …]
  RUNS=200 PROCS=1,2,4 …                   more runs, other settings
  … distribution.py --compare [file.go …]  record afresh but do not write:
      print the total-variation distance between the fresh distribution and
      the stored one per program and setting (how noisy the oracle itself is)
  … distribution.py --against DIR [file.go …]  run nothing: print the
      total-variation distance between the records in the files and those
      in DIR's files of the same names (e.g. a copy of an earlier recording)
  … distribution.py --table [file.go …]  run nothing: print the stored odds as
      a Markdown table (the one in crate/tests/calibration/README.md)
  … distribution.py --merge DIR [file.go …]  run nothing: add the runs recorded
      in DIR's files of the same names (an earlier recording of the same
      programs) to the stored records: counts and runs are summed, and the
      headers' load, date and median-ms keep both recordings' values joined
      by "+" (real hardware drifts between recordings more than 100 runs'
      sampling noise, so a pooled record is the steadier yardstick)
"""
import collections, json, os, statistics, subprocess, sys, tempfile, glob, time, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MARK = "/* real Go distribution "
TIMEOUT = 10


def go_binary():
    go = os.environ.get("GO") or "/tmp/go-oracle/bin/go"
    if not os.path.exists(go):
        sys.exit(f"no Go toolchain at {go} (set GO=/path/to/go)")
    return go


def strip_records(src):
    i = src.find(MARK)
    return src if i < 0 else src[:i].rstrip() + "\n"


def parse_records(src):
    """{gomaxprocs: (header dict, Counter of (exit, stderr, stdout))} from a file's text."""
    out = {}
    i = src.find(MARK)
    while i >= 0:
        end = src.index("*/", i)
        lines = src[i:end].splitlines()
        words = lines[0][len(MARK):].split()
        header = dict(kv.split("=", 1) for kv in words if "=" in kv)
        header["go"] = " ".join(w for w in words if "=" not in w)
        dist = collections.Counter()
        for line in lines[1:]:
            if line.strip():
                o = json.loads(line)
                dist[(o["exit"], o["stderr"], o["stdout"])] += o["n"]
        out[int(header["GOMAXPROCS"])] = (header, dist)
        i = src.find(MARK, end)
    return out


def tv_distance(a, b):
    """Total-variation distance between two outcome counters (0 = same odds, 1 = disjoint)."""
    na, nb = sum(a.values()), sum(b.values())
    return 0.5 * sum(abs(a[k] / na - b[k] / nb) for k in set(a) | set(b))


def loadavg():
    with open("/proc/loadavg") as f:
        return ",".join(f.read().split()[:3])


def build(go, src, tmp):
    with open(os.path.join(tmp, "go.mod"), "w") as f:
        f.write("module calibration\n\ngo 1.27\n")
    with open(os.path.join(tmp, "main.go"), "w") as f:
        f.write(src)
    p = subprocess.run([go, "build", "-o", "prog", "main.go"], cwd=tmp, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(p.stderr)
    return os.path.join(tmp, "prog")


def run_once(binary, procs):
    env = dict(os.environ, GOMAXPROCS=str(procs))
    t = time.perf_counter()
    try:
        p = subprocess.run([binary], capture_output=True, text=True, timeout=TIMEOUT, env=env)
        code, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        code, out, err = 124, e.stdout or "", "timeout"
        out = out.decode() if isinstance(out, bytes) else out
    ms = (time.perf_counter() - t) * 1000
    first = next((l for l in err.splitlines() if l.startswith("fatal error: ") or l.startswith("panic: ")), None)
    return (code, first, out), ms


def measure(go, path, runs, procs_list):
    """Builds once, runs `runs` times per setting; returns {procs: (header, Counter)}."""
    src = strip_records(open(path).read())
    version = subprocess.run([go, "version"], capture_output=True, text=True).stdout.split()[2:4]
    with tempfile.TemporaryDirectory() as tmp:
        binary = build(go, src, tmp)
        load = loadavg()
        date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        dists = {p: collections.Counter() for p in procs_list}
        times = {p: [] for p in procs_list}
        for _ in range(runs):
            for p in procs_list:
                outcome, ms = run_once(binary, p)
                dists[p][outcome] += 1
                times[p].append(ms)
    result = {}
    for p in procs_list:
        header = {
            "go": " ".join(version), "GOMAXPROCS": str(p), "runs": str(runs),
            "cores": str(os.cpu_count()), "load": load, "date": date,
            "median-ms": f"{statistics.median(times[p]):.1f}",
        }
        result[p] = (header, dists[p])
    return src, result


def block(header, dist):
    h = header
    lines = [f"{MARK}{h['go']} GOMAXPROCS={h['GOMAXPROCS']} runs={h['runs']} cores={h['cores']} "
             f"load={h['load']} date={h['date']} median-ms={h['median-ms']}"]
    for (code, first, out), n in sorted(dist.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] or "", kv[0][2])):
        lines.append(json.dumps({"n": n, "exit": code, "stderr": first, "stdout": out}))
    return "\n".join(lines) + "\n*/\n"


def headline(dist):
    (code, first, out), n = dist.most_common(1)[0]
    what = first or f"exit {code}"
    return f"{n}/{sum(dist.values())} {what} {json.dumps(out)}"


def short(outcome):
    """One outcome in a few words: the throw or panic, else the output."""
    code, first, out = outcome
    if first:
        return first.replace("fatal error: ", "")
    text = out.strip().replace("\n", " / ")
    text = text if len(text) <= 40 else text[:37] + "..."
    return (f"ok `{text}`" if text else "ok (no output)") if code == 0 else f"exit {code} `{text}`"


def table(files):
    print("| program | GOMAXPROCS=1 | GOMAXPROCS=2 | load (1, 5, 15 min) |")
    print("|---|---|---|---|")
    for f in files:
        recs = parse_records(open(f).read())
        cells = []
        for p in (1, 2):
            if p not in recs:
                cells.append("")
                continue
            dist = recs[p][1]
            total = sum(dist.values())
            parts = [f"{short(o)} {n}/{total}" for o, n in dist.most_common(3)]
            if len(dist) > 3:
                parts.append(f"{len(dist) - 3} more")
            cells.append(" · ".join(parts).replace("|", "\\|"))
        load = next(iter(recs.values()))[0]["load"] if recs else ""
        print(f"| {os.path.basename(f)} | {cells[0]} | {cells[1]} | {load} |")


def merge(other_dir, files):
    """Adds the records of other_dir's copies to the files' records (see --merge)."""
    for f in files:
        text = open(f).read()
        here = parse_records(text)
        other_path = os.path.join(other_dir, os.path.basename(f))
        there = parse_records(open(other_path).read()) if os.path.exists(other_path) else {}
        for p, (h, dist) in here.items():
            if p not in there:
                continue
            oh, odist = there[p]
            if oh["go"] != h["go"]:
                sys.exit(f"{f}: cannot merge records of {h['go']} and {oh['go']}")
            h["runs"] = str(int(h["runs"]) + int(oh["runs"]))
            for k in ("load", "date", "median-ms"):
                h[k] = h[k] + "+" + oh[k]
            dist.update(odist)
        with open(f, "w") as out:
            out.write(strip_records(text) + "\n" + "".join(block(*here[p]) for p in sorted(here)))
        print(f"{os.path.relpath(f, ROOT)}: " + " | ".join(f"P={p} {headline(here[p][1])}" for p in sorted(here)))


def main():
    args = sys.argv[1:]
    if args and args[0] == "--merge":
        merge(args[1], args[2:] or sorted(glob.glob(os.path.join(ROOT, "crate/tests/calibration/*.go"))))
        return
    if args and args[0] == "--table":
        table(args[1:] or sorted(glob.glob(os.path.join(ROOT, "crate/tests/calibration/*.go"))))
        return
    compare = "--compare" in args
    against = None
    if "--against" in args:
        i = args.index("--against")
        against = args[i + 1]
        del args[i:i + 2]
    files = [a for a in args if a != "--compare"] or sorted(glob.glob(os.path.join(ROOT, "crate/tests/calibration/*.go")))
    runs = int(os.environ.get("RUNS", "100"))
    procs_list = [int(p) for p in os.environ.get("PROCS", "1,2").split(",")]
    tvs = []
    if against:
        for f in files:
            here = parse_records(open(f).read())
            other_path = os.path.join(against, os.path.basename(f))
            there = parse_records(open(other_path).read()) if os.path.exists(other_path) else {}
            for p in sorted(here):
                if p not in there:
                    continue
                tv = tv_distance(here[p][1], there[p][1])
                tvs.append(tv)
                print(f"{os.path.basename(f)} P={p}: tv={tv:.2f} load {here[p][0]['load']} vs {there[p][0]['load']}"
                      f" | {headline(here[p][1])} | {headline(there[p][1])}")
        if tvs:
            print(f"mean tv={statistics.mean(tvs):.3f} max tv={max(tvs):.3f} over {len(tvs)} (program, GOMAXPROCS) pairs")
        return
    go = go_binary()
    for f in files:
        name = os.path.relpath(f, ROOT)
        src, result = measure(go, f, runs, procs_list)
        if compare:
            stored = parse_records(open(f).read())
            for p in procs_list:
                if p not in stored:
                    print(f"{name} P={p}: no stored record")
                    continue
                tv = tv_distance(stored[p][1], result[p][1])
                tvs.append(tv)
                print(f"{name} P={p}: tv={tv:.2f} stored load={stored[p][0]['load']} now load={result[p][0]['load']}"
                      f" | stored {headline(stored[p][1])} | now {headline(result[p][1])}", flush=True)
        else:
            with open(f, "w") as out:
                out.write(src + "\n" + "".join(block(*result[p]) for p in procs_list))
            print(f"{name} load={result[procs_list[0]][0]['load']}: "
                  + " | ".join(f"P={p} {headline(result[p][1])}" for p in procs_list), flush=True)
    if compare and tvs:
        print(f"mean tv={statistics.mean(tvs):.3f} max tv={max(tvs):.3f} over {len(tvs)} (program, GOMAXPROCS) pairs")


if __name__ == "__main__":
    main()
