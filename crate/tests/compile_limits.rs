//! The bytecode's 16-bit indices — frame slots, struct fields, arguments of a
//! call — are limits the compiler enforces with a clear error at the line and
//! column where a program crosses them (gc has no such limits; these are
//! maprace's "does not support … yet"). Below a limit, programs run.

use maprace::Options;

const N: usize = u16::MAX as usize; // 65,535

/// `var v0, v1, … int` with `n` names on line 6, each then used.
fn locals(n: usize) -> String {
    let names: Vec<String> = (0..n).map(|i| format!("v{i}")).collect();
    let uses: String = names.iter().map(|v| format!("\t_ = {v}\n")).collect();
    format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tvar {} int\n{uses}\tfmt.Println(\"ok\")\n}}\n", names.join(", "))
}

#[test]
fn a_function_with_more_than_65535_locals_is_refused_at_the_first_one_too_many() {
    let src = locals(N + 1);
    let d = maprace::check(&src);
    let col = src.lines().nth(5).unwrap().find(&format!("v{N}")).unwrap() + 1;
    assert_eq!(d[0].render(), format!("main.go:6:{col}: maprace does not support more than 65535 local variables in one function yet"));
}

#[test]
fn a_function_with_65535_locals_runs() {
    // main's frame holds the variables and nothing else.
    let r = maprace::run(&locals(N), &Options { max_steps: 1_000_000, ..Options::default() }).expect("compiles");
    assert_eq!(r.stdout, "ok\n", "{}", r.outcome);
}

fn fields(n: usize) -> String {
    let names: Vec<String> = (0..n).map(|i| format!("f{i}")).collect();
    let last = &names[n - 1];
    format!("package main\n\nimport \"fmt\"\n\ntype S struct {{ {} int }}\n\nfunc main() {{\n\tvar s S\n\ts.{last} = 7\n\tfmt.Println(s.f0, s.{last})\n}}\n", names.join(", "))
}

#[test]
fn a_struct_with_more_than_65535_fields_is_refused_not_aliased() {
    let src = fields(N + 1);
    let d = maprace::check(&src);
    assert_eq!(d.len(), 1, "{d:?}");
    let col = src.lines().nth(4).unwrap().find(&format!("f{N} ")).unwrap() + 1;
    assert_eq!(d[0].render(), format!("main.go:5:{col}: maprace does not support structs with more than 65535 fields yet"));
}

#[test]
fn a_struct_with_65535_fields_keeps_them_apart() {
    let r = maprace::run(&fields(N), &Options::default()).expect("compiles");
    assert_eq!(r.stdout, "0 7\n", "{}", r.outcome);
}

#[test]
fn a_call_with_more_than_65535_arguments_is_refused() {
    let src = format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tfmt.Println({})\n}}\n", vec!["0"; N + 1].join(", "));
    let d = maprace::check(&src);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].render(), "main.go:6:2: maprace does not support more than 65535 arguments in one call yet");
}

/// Chains where the compiler must learn an operand's type before compiling it
/// (method calls on call results, f(g()) with a variadic f, nested min and
/// fmt.Sprint) compile in time polynomial in their depth, not 2^depth.
#[test]
fn chains_that_need_a_type_first_compile_quickly() {
    let depth = 60;
    let shapes = [
        format!("\tb := &builder{{}}\n\tfmt.Println(b{}.n)", ".add(1)".repeat(depth)),
        format!("\tfmt.Println({}1{})", "sum(".repeat(depth), ")".repeat(depth)),
        format!("\tx := 1\n\tfmt.Println({}x{})", "max(2, ".repeat(depth), ")".repeat(depth)),
        format!("\tfmt.Println({}1{})", "fmt.Sprint(".repeat(depth), ")".repeat(depth)),
    ];
    for body in shapes {
        let src = format!(
            "package main\n\nimport \"fmt\"\n\ntype builder struct{{ n int }}\n\nfunc (b *builder) add(k int) *builder {{\n\tb.n += k\n\treturn b\n}}\n\nfunc sum(xs ...int) int {{\n\tt := 0\n\tfor _, x := range xs {{\n\t\tt += x\n\t}}\n\treturn t\n}}\n\nfunc main() {{\n{body}\n}}\n"
        );
        let t = std::time::Instant::now();
        let r = maprace::run(&src, &Options::default()).unwrap_or_else(|d| panic!("{d:?}\n{src}"));
        assert!(t.elapsed().as_secs() < 10, "{:?} for\n{src}", t.elapsed());
        assert_eq!(r.outcome, "ok", "{src}");
    }
}

/// An array of 2^31 elements or more (gc compiles it, and runs out of memory
/// when one is made) is maprace's "does not support … yet" at its length, the
/// only error: uses of the variable add none.
#[test]
fn an_array_of_2_to_the_31_elements_is_refused_once() {
    let src = "package main\n\nfunc main() {\n\tvar a [1 << 40]byte\n\tprintln(len(a))\n}\n";
    let d: Vec<String> = maprace::check(src).iter().map(|d| d.render()).collect();
    assert_eq!(d, ["main.go:4:9: maprace does not support arrays of more than 2147483647 elements yet"]);
    let d = maprace::check("package main\n\nfunc main() {\n\tvar a [1 << 31 - 1]byte\n\t_ = a\n}\n");
    assert!(d.is_empty(), "{d:?}");
}
