// Package fmt's printing to an io.Writer (Go 1.27's fmt/print.go): the
// text is made as Sprint makes it, then written with one call of w.Write.

func fmtꞏFprint(w ioꞏWriter, a ...any) (n int, err error) {
	return w.Write([]byte(ꞏfmt.sprints(a, false)))
}

func fmtꞏFprintln(w ioꞏWriter, a ...any) (n int, err error) {
	return w.Write([]byte(ꞏfmt.sprints(a, true)))
}

func fmtꞏFprintf(w ioꞏWriter, format string, a ...any) (n int, err error) {
	return w.Write([]byte(ꞏfmt.sprintfs(format, a)))
}

type fmtꞏStringer interface {
	String() string
}

type fmtꞏGoStringer interface {
	GoString() string
}
