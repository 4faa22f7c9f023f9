#!/usr/bin/env python3
"""Puts Go's own file:line on the library's Go source (crate/src/stdlib/go/).

The library is Go's code, renamed (`mapsꞏCopy` for `maps.Copy`) and with
Go's comments left out, so its lines are not Go's. Real Go names them in
race reports and tracebacks as `<go>/src/maps/maps.go:64`. For each function
of a library file this script finds the same function in GOROOT/src/<pkg>
(the Go that the oracle installs), matches its lines to Go's in order (same
text once the names are spelled as Go spells them) and writes a `//line
pkg/file.go:N` directive — Go's own directive, on a line of its own — before
every line that does not follow on from the line above in Go's file. A
function Go does not have gets `//line pkg/file.go:0` (line not known);
stdlib/prelude.rs reads the directives (`LineTable`). Running it again rewrites the directives.

usage: python3 tests/oracle/library_lines.py [GOROOT]
"""
import glob, os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
goroot = sys.argv[1] if len(sys.argv) > 1 else glob.glob("/tmp/go-oracle/lib/python3*/site-packages/go")[0]
FUNC = re.compile(r"^func (?:\((\w+ )?\*?([\wꞏ]+)(?:\[[^\]]*\])?\) )?([\wꞏ]+)\s*[\[(]")


def spelled(s):
    """A library line as Go spells it: `ꞏfmt.Sprint` → `fmt.Sprint`, `mapsꞏCopy` → `Copy`."""
    s = re.sub(r"(?<![\w.])ꞏ", "", s)
    s = re.sub(r"\b(?:[a-z0-9]+ꞏ)+", "", s)
    return s


def key(line):
    return re.sub(r"\s+", " ", re.sub(r"\s*//.*$", "", line)).strip()


def functions(lines):
    """(receiver type, name, first line index, last line index) of each top-level func."""
    out = []
    i = 0
    while i < len(lines):
        m = FUNC.match(lines[i])
        if m:
            j = i
            if not lines[i].rstrip().endswith("}"):
                j = i + 1
                while j < len(lines) and lines[j].rstrip() != "}":
                    j += 1
            out.append((m.group(2), m.group(3), i, j))
            i = j
        i += 1
    return out


go_cache = {}


def go_functions(pkg):
    if pkg not in go_cache:
        table = {}
        for f in sorted(glob.glob(os.path.join(goroot, "src", pkg, "*.go"))):
            if f.endswith("_test.go"):
                continue
            text = open(f, encoding="utf-8").read()
            if re.search(r"^//go:build .*(ignore|!race|windows|plan9|js|wasm)", text, re.M):
                continue
            lines = text.split("\n")
            for recv, name, a, b in functions(lines):
                table.setdefault((recv, name), (os.path.relpath(f, os.path.join(goroot, "src")), lines, a, b))
        go_cache[pkg] = table
    return go_cache[pkg]


def package_of(name):
    parts = name.split("ꞏ")
    return "/".join(parts[:-1]) if len(parts) > 1 else None


def annotate(path):
    lines = [l for l in open(path, encoding="utf-8").read().split("\n") if not l.startswith("//line ")]
    out, matched, total, last_file = [], 0, 0, None
    funcs = {a: (recv, name, b) for recv, name, a, b in functions(lines)}
    i = 0
    while i < len(lines):
        if i not in funcs:
            out.append(lines[i])
            i += 1
            continue
        recv, name, end = funcs[i]
        pkg = package_of(recv or name)
        go = go_functions(pkg).get((recv and recv.split("ꞏ")[-1], name.split("ꞏ")[-1])) if pkg else None
        expect = None  # the Go line the next line would have with no directive
        at = None
        if go:
            last_file = go[0]
        elif pkg:
            # A function Go does not have: its lines are the package's, line not known (0).
            files = sorted({v[0] for v in go_functions(pkg).values()})
            last_file = last_file or (files[0] if files else f"{pkg}/{pkg.split('/')[-1]}.go")
            out.append(f"//line {last_file}:0")
        for k in range(i, end + 1):
            l = lines[k]
            total += 1
            if go:
                file, glines, a, b = go
                want = key(spelled(l))
                start = a if at is None else at + 1
                hit = next((g for g in range(start, b + 1) if key(glines[g]) == want and want), None)
                if hit is not None:
                    matched += 1
                    if hit + 1 != expect:
                        out.append(f"//line {file}:{hit + 1}")
                    at, expect = hit, hit + 2
                elif expect is not None:
                    expect += 1
                elif k == i:
                    out.append(f"//line {file}:{a + 1}")  # the header differs: Go's func line
                    at, expect = a, a + 2
            out.append(l)
        i = end + 1
    open(path, "w", encoding="utf-8").write("\n".join(out))
    return matched, total


for path in sorted(glob.glob(os.path.join(root, "crate/src/stdlib/go/*.go"))):
    m, t = annotate(path)
    print(f"{os.path.relpath(path, root)}: {m} of {t} function lines matched to Go's")
