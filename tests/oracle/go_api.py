#!/usr/bin/env python3
"""Records the exported top-level names of the Go packages maprace provides,
from the oracle's GOROOT source (non-test files for linux/amd64), into
crate/src/stdlib/go_api.txt: one `path Name` a line. The compiler reads it to
tell a name Go has but maprace does not provide yet ("maprace does not
support strings.Foo yet") from one Go does not have ("undefined: strings.Foo").

usage: python3 tests/oracle/go_api.py [GOROOT]
"""
import glob, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOROOT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/go-oracle/lib/python3.11/site-packages/go"
PACKAGES = ["bytes", "cmp", "errors", "fmt", "io", "iter", "log", "maps", "math", "os", "runtime", "slices", "sort", "strconv", "strings",
            "sync", "sync/atomic", "time", "unicode", "unicode/utf8"]
OTHER_OS = re.compile(r"_(windows|darwin|plan9|js|wasip1|wasm|aix|android|dragonfly|freebsd|illumos|ios|netbsd|openbsd|solaris|zos|arm|arm64|386|mips\w*|ppc64\w*|riscv64|s390x|loong64|bsd|unix_test)\.go$")

def names(path):
    out = set()
    for f in sorted(glob.glob(os.path.join(GOROOT, "src", path, "*.go"))):
        if f.endswith("_test.go") or OTHER_OS.search(f):
            continue
        src = open(f, encoding="utf-8").read()
        head = src[:src.find("\npackage ")] if "\npackage " in src else ""
        if "//go:build" in head and ("ignore" in head or "!linux" in head or "windows" in head.split("//go:build")[1].split("\n")[0] and "linux" not in head):
            continue
        block = None
        for line in src.split("\n"):
            m = re.match(r"(func|type|var|const) \(?\s*$", line)
            if m and line.rstrip().endswith("("):
                block = m.group(1)
                continue
            if block:
                if line.startswith(")"):
                    block = None
                    continue
                m = re.match(r"\t([A-Z]\w*)", line)
                if m:
                    out.add(m.group(1))
                continue
            m = re.match(r"(?:func|type|var|const) ([A-Z]\w*)", line)
            if m:
                out.add(m.group(1))
            m = re.match(r"(?:var|const) ([A-Z]\w*(?:\s*,\s*[A-Z]\w*)+)", line)
            if m:
                out.update(n.strip() for n in m.group(1).split(","))
    return sorted(out)

def main():
    lines = [f"{p} {n}" for p in PACKAGES for n in names(p)]
    dst = os.path.join(ROOT, "crate/src/stdlib/go_api.txt")
    with open(dst, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{os.path.relpath(dst, ROOT)}: {len(lines)} names")

if __name__ == "__main__":
    main()
