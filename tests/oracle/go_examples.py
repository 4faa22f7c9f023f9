#!/usr/bin/env python3
"""Turns the `// Output:` examples of Go's own packages into corpus programs.

For each package given (default: the ones below), reads
$GOROOT/src/<pkg>/example*_test.go and, for every `func ExampleX()` with an
`// Output:` comment (not `// Unordered output:`), writes a program whose
main is the example's body, with the imports it uses, plus the file's other
top-level declarations it names. A program maprace cannot compile ("does not
support", or a name of another package it lacks) is skipped and listed, so
what is left runs in the corpus; the expected output is then recorded from
real Go by record.py (never copied from the comment).

usage: python3 tests/oracle/go_examples.py [pkg...]   # writes crate/tests/corpus/lib_example_*.go
       then: GO=/tmp/go-oracle/bin/go python3 tests/oracle/record.py crate/tests/corpus/lib_example_*.go
"""
import glob, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOROOT = os.environ.get("GOROOT", "/tmp/go-oracle/lib/python3.11/site-packages/go")
MAPRACE = os.environ.get("MAPRACE", "/work/tgt/stdlib/debug/maprace")
PACKAGES = ["errors", "strings", "bytes", "unicode", "unicode/utf8", "strconv", "io", "log", "fmt"]
CORPUS = os.path.join(ROOT, "crate/tests/corpus")

def top_level(src):
    """(name, text) of each top-level declaration, and the import block's paths."""
    imports = re.findall(r'^\s*(?:(\w+)\s+)?"([\w/]+)"\s*$', src[src.find("import"):src.find(")", src.find("import")) + 1], re.M)
    decls, cur, name = [], [], None
    for line in src.split("\n"):
        if re.match(r"(func|type|var|const) ", line):
            if cur and name:
                decls.append((name, "\n".join(cur)))
            m = re.match(r"func \([^)]*\) (\w+)|func (\w+)|type (\w+)|var (\w+)|const (\w+)", line)
            name = next((g for g in m.groups() if g), None) if m else None
            if line.startswith("func ("):
                # a method belongs to its receiver's type
                r = re.match(r"func \(\w*\s*\*?(\w+)\)", line)
                name = "method:" + (r.group(1) if r else "")
            cur = [line]
        elif cur:
            cur.append(line)
            if line == "}" or line == ")" or (not line.startswith(("\t", " ", "}", ")")) and line.strip() == ""):
                pass
    if cur and name:
        decls.append((name, "\n".join(cur)))
    return imports, decls

def trim(text):
    """A declaration's text up to its closing line."""
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l in ("}", ")") or (i == 0 and (l.endswith(")") or not l.endswith(("{", "(")))):
            return "\n".join(lines[: i + 1])
    return text

def examples(pkg):
    return [e for path in sorted(glob.glob(os.path.join(GOROOT, "src", pkg, "example*_test.go"))) for e in file_examples(pkg, path)]

def file_examples(pkg, path):
    src = open(path).read()
    imports, decls = top_level(src)
    out = []
    for name, text in decls:
        if not name.startswith("Example") or "// Output:" not in text:
            continue
        body = trim(text)
        inner = body[body.find("{\n") + 2 : body.rfind("}")]
        inner = inner[: inner.find("// Output:")].rstrip() + "\n"
        helpers = []
        # the file's own declarations it names (and their methods), to a fixed point
        want = inner
        changed = True
        while changed:
            changed = False
            for n, t in decls:
                t = trim(t)
                if n.startswith("Example") or t in helpers:
                    continue
                base = n[len("method:"):] if n.startswith("method:") else n
                if re.search(r"\b" + re.escape(base) + r"\b", want):
                    helpers.append(t)
                    want += t
                    changed = True
        uses = [(alias, p) for alias, p in imports if re.search(r"\b" + re.escape(alias or p.split("/")[-1]) + r"\.", want)]
        imp = "\n".join(f'\t{a + " " if a else ""}"{p}"' for a, p in uses)
        prog = f"// Go's {pkg} {name}, from {pkg}/{os.path.basename(path)} (tests/oracle/go_examples.py).\npackage main\n\nimport (\n{imp}\n)\n\n"
        prog += "".join(h + "\n\n" for h in helpers)
        prog += "func main() {\n" + inner + "}\n"
        out.append((name, prog))
    return out

def main():
    pkgs = sys.argv[1:] or PACKAGES
    kept, skipped = 0, []
    for pkg in pkgs:
        for name, prog in examples(pkg):
            fname = os.path.join(CORPUS, f"lib_example_{pkg.replace('/', '_')}_{name[len('Example'):] or 'Package'}.go")
            tmp = "/tmp/go_example_check.go"
            open(tmp, "w").write(prog)
            r = subprocess.run([MAPRACE, "check", tmp], capture_output=True, text=True)
            if r.returncode != 0:
                skipped.append(f"{pkg}.{name}: {(r.stdout + r.stderr).strip().splitlines()[-1]}")
                continue
            if not os.path.exists(fname):
                open(fname, "w").write(prog)
            kept += 1
    print(f"{kept} examples written; {len(skipped)} skipped:")
    for s in skipped:
        print("  " + s)

if __name__ == "__main__":
    main()
