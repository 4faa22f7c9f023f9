// Package fmt's printing to an io.Writer (Go 1.27's fmt/print.go): the
// text is made as Sprint makes it, then written with one call of w.Write.

//line fmt/print.go:252
func fmtꞏFprint(w ioꞏWriter, a ...any) (n int, err error) {
	return w.Write([]byte(ꞏfmt.sprints(a, false)))
//line fmt/print.go:258
}

//line fmt/print.go:295
func fmtꞏFprintln(w ioꞏWriter, a ...any) (n int, err error) {
	return w.Write([]byte(ꞏfmt.sprints(a, true)))
//line fmt/print.go:301
}

//line fmt/print.go:214
func fmtꞏFprintf(w ioꞏWriter, format string, a ...any) (n int, err error) {
	return w.Write([]byte(ꞏfmt.sprintfs(format, a)))
//line fmt/print.go:220
}

type fmtꞏStringer interface {
	String() string
}

type fmtꞏGoStringer interface {
	GoString() string
}
