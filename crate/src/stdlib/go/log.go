// Package log (Go 1.27's log/log.go): a Logger writes each message with one
// call of its writer's Write, holding its mutex (so two goroutines' log
// calls are ordered, as in Go). The time in the header is the virtual
// clock's (time.rs: the clock starts at 2009-11-10 23:00:00 UTC).

const (
	logꞏLdate = 1 << iota
	logꞏLtime
	logꞏLmicroseconds
	logꞏLlongfile
	logꞏLshortfile
	logꞏLUTC
	logꞏLmsgprefix
	logꞏLstdFlags = logꞏLdate | logꞏLtime
)

type logꞏLogger struct {
	outMu  ꞏsync.Mutex
	out    ioꞏWriter
	prefix string
	flag   int
}

func logꞏNew(out ioꞏWriter, prefix string, flag int) *logꞏLogger {
	return &logꞏLogger{out: out, prefix: prefix, flag: flag}
}

var logꞏstd = logꞏNew(osꞏStderr, "", logꞏLstdFlags)

func logꞏDefault() *logꞏLogger {
	return logꞏstd
}

func (l *logꞏLogger) SetOutput(w ioꞏWriter) {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	l.out = w
}

func (l *logꞏLogger) Output(calldepth int, s string) error {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	b := []byte(ꞏlog.header(l.prefix, l.flag, calldepth))
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	_, err := l.out.Write(b)
	return err
}

func (l *logꞏLogger) Print(v ...any) {
	l.Output(2, ꞏfmt.sprints(v, false))
}

func (l *logꞏLogger) Printf(format string, v ...any) {
	l.Output(2, ꞏfmt.sprintfs(format, v))
}

func (l *logꞏLogger) Println(v ...any) {
	l.Output(2, ꞏfmt.sprints(v, true))
}

func (l *logꞏLogger) Fatal(v ...any) {
	l.Output(2, ꞏfmt.sprints(v, false))
	ꞏos.Exit(1)
}

func (l *logꞏLogger) Fatalf(format string, v ...any) {
	l.Output(2, ꞏfmt.sprintfs(format, v))
	ꞏos.Exit(1)
}

func (l *logꞏLogger) Fatalln(v ...any) {
	l.Output(2, ꞏfmt.sprints(v, true))
	ꞏos.Exit(1)
}

func (l *logꞏLogger) Panic(v ...any) {
	s := ꞏfmt.sprints(v, false)
	l.Output(2, s)
	panic(s)
}

func (l *logꞏLogger) Panicf(format string, v ...any) {
	s := ꞏfmt.sprintfs(format, v)
	l.Output(2, s)
	panic(s)
}

func (l *logꞏLogger) Panicln(v ...any) {
	s := ꞏfmt.sprints(v, true)
	l.Output(2, s)
	panic(s)
}

func (l *logꞏLogger) Flags() int {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	return l.flag
}

func (l *logꞏLogger) SetFlags(flag int) {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	l.flag = flag
}

func (l *logꞏLogger) Prefix() string {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	return l.prefix
}

func (l *logꞏLogger) SetPrefix(prefix string) {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	l.prefix = prefix
}

func (l *logꞏLogger) Writer() ioꞏWriter {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	return l.out
}

func logꞏSetOutput(w ioꞏWriter) {
	logꞏstd.SetOutput(w)
}

func logꞏFlags() int {
	return logꞏstd.Flags()
}

func logꞏSetFlags(flag int) {
	logꞏstd.SetFlags(flag)
}

func logꞏPrefix() string {
	return logꞏstd.Prefix()
}

func logꞏSetPrefix(prefix string) {
	logꞏstd.SetPrefix(prefix)
}

func logꞏWriter() ioꞏWriter {
	return logꞏstd.Writer()
}

func logꞏPrint(v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprints(v, false))
}

func logꞏPrintf(format string, v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprintfs(format, v))
}

func logꞏPrintln(v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprints(v, true))
}

func logꞏFatal(v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprints(v, false))
	ꞏos.Exit(1)
}

func logꞏFatalf(format string, v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprintfs(format, v))
	ꞏos.Exit(1)
}

func logꞏFatalln(v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprints(v, true))
	ꞏos.Exit(1)
}

func logꞏPanic(v ...any) {
	s := ꞏfmt.sprints(v, false)
	logꞏstd.Output(2, s)
	panic(s)
}

func logꞏPanicf(format string, v ...any) {
	s := ꞏfmt.sprintfs(format, v)
	logꞏstd.Output(2, s)
	panic(s)
}

func logꞏPanicln(v ...any) {
	s := ꞏfmt.sprints(v, true)
	logꞏstd.Output(2, s)
	panic(s)
}

func logꞏOutput(calldepth int, s string) error {
	return logꞏstd.Output(calldepth+1, s)
}
