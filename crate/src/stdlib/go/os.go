// Package os's standard files, arguments and environment (Go 1.27's
// os/file.go, os/proc.go): the program has no files or environment of its
// own; os.Args is the program's name only; os.Exit is a row (os.rs).

type osꞏFile struct {
	fd   int
	name string
}

var osꞏStdin = &osꞏFile{0, "/dev/stdin"}

var osꞏStdout = &osꞏFile{1, "/dev/stdout"}

var osꞏStderr = &osꞏFile{2, "/dev/stderr"}

var osꞏArgs = []string{"main"}

func (f *osꞏFile) Name() string {
	return f.name
}

func (f *osꞏFile) Fd() uintptr {
	return uintptr(f.fd)
}

func (f *osꞏFile) Write(b []byte) (n int, err error) {
	ꞏos.write(f.fd, string(b))
	return len(b), nil
}

func (f *osꞏFile) WriteString(s string) (n int, err error) {
	ꞏos.write(f.fd, s)
	return len(s), nil
}

func (f *osꞏFile) Close() error {
	return nil
}
