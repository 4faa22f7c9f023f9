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

//line os/file.go:63
func (f *osꞏFile) Name() string {
	return f.name
}

//line os/file.go:722
func (f *osꞏFile) Fd() uintptr {
	return uintptr(f.fd)
}

//line os/file.go:211
func (f *osꞏFile) Write(b []byte) (n int, err error) {
	ꞏos.write(f.fd, string(b))
	return len(b), nil
}

//line os/file.go:319
func (f *osꞏFile) WriteString(s string) (n int, err error) {
	ꞏos.write(f.fd, s)
	return len(s), nil
}

//line os/file_plan9.go:159
func (f *osꞏFile) Close() error {
	return nil
//line os/file_plan9.go:162
}
