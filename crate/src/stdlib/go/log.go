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

//line log/log.go:71
func logꞏNew(out ioꞏWriter, prefix string, flag int) *logꞏLogger {
	return &logꞏLogger{out: out, prefix: prefix, flag: flag}
//line log/log.go:77
}

var logꞏstd = logꞏNew(osꞏStderr, "", logꞏLstdFlags)

//line log/log.go:90
func logꞏDefault() *logꞏLogger {
	return logꞏstd
}

//line log/log.go:80
func (l *logꞏLogger) SetOutput(w ioꞏWriter) {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	l.out = w
//line log/log.go:85
}

//line log/log.go:193
func (l *logꞏLogger) Output(calldepth int, s string) error {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	b := []byte(ꞏlog.header(l.prefix, l.flag, calldepth))
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
//line log/log.go:197
	}
	_, err := l.out.Write(b)
	return err
}

//line log/log.go:258
func (l *logꞏLogger) Print(v ...any) {
	l.Output(2, ꞏfmt.sprints(v, false))
//line log/log.go:262
}

//line log/log.go:266
func (l *logꞏLogger) Printf(format string, v ...any) {
	l.Output(2, ꞏfmt.sprintfs(format, v))
//line log/log.go:270
}

//line log/log.go:274
func (l *logꞏLogger) Println(v ...any) {
	l.Output(2, ꞏfmt.sprints(v, true))
//line log/log.go:278
}

//line log/log.go:281
func (l *logꞏLogger) Fatal(v ...any) {
	l.Output(2, ꞏfmt.sprints(v, false))
//line log/log.go:285
	ꞏos.Exit(1)
}

//line log/log.go:289
func (l *logꞏLogger) Fatalf(format string, v ...any) {
	l.Output(2, ꞏfmt.sprintfs(format, v))
//line log/log.go:293
	ꞏos.Exit(1)
}

//line log/log.go:297
func (l *logꞏLogger) Fatalln(v ...any) {
	l.Output(2, ꞏfmt.sprints(v, true))
//line log/log.go:301
	ꞏos.Exit(1)
}

//line log/log.go:305
func (l *logꞏLogger) Panic(v ...any) {
	s := ꞏfmt.sprints(v, false)
	l.Output(2, s)
//line log/log.go:310
	panic(s)
}

//line log/log.go:314
func (l *logꞏLogger) Panicf(format string, v ...any) {
	s := ꞏfmt.sprintfs(format, v)
	l.Output(2, s)
//line log/log.go:319
	panic(s)
}

//line log/log.go:323
func (l *logꞏLogger) Panicln(v ...any) {
	s := ꞏfmt.sprints(v, true)
	l.Output(2, s)
//line log/log.go:328
	panic(s)
}

//line log/log.go:333
func (l *logꞏLogger) Flags() int {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	return l.flag
//line log/log.go:335
}

//line log/log.go:339
func (l *logꞏLogger) SetFlags(flag int) {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	l.flag = flag
//line log/log.go:341
}

//line log/log.go:344
func (l *logꞏLogger) Prefix() string {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	return l.prefix
//line log/log.go:347
}

//line log/log.go:352
func (l *logꞏLogger) SetPrefix(prefix string) {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	l.prefix = prefix
//line log/log.go:354
}

//line log/log.go:357
func (l *logꞏLogger) Writer() ioꞏWriter {
	l.outMu.Lock()
	defer l.outMu.Unlock()
	return l.out
}

//line log/log.go:364
func logꞏSetOutput(w ioꞏWriter) {
	logꞏstd.SetOutput(w)
}

//line log/log.go:370
func logꞏFlags() int {
	return logꞏstd.Flags()
}

//line log/log.go:376
func logꞏSetFlags(flag int) {
	logꞏstd.SetFlags(flag)
}

//line log/log.go:381
func logꞏPrefix() string {
	return logꞏstd.Prefix()
}

//line log/log.go:386
func logꞏSetPrefix(prefix string) {
	logꞏstd.SetPrefix(prefix)
}

//line log/log.go:391
func logꞏWriter() ioꞏWriter {
	return logꞏstd.Writer()
}

//line log/log.go:399
func logꞏPrint(v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprints(v, false))
//line log/log.go:403
}

//line log/log.go:407
func logꞏPrintf(format string, v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprintfs(format, v))
//line log/log.go:411
}

//line log/log.go:415
func logꞏPrintln(v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprints(v, true))
//line log/log.go:419
}

//line log/log.go:422
func logꞏFatal(v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprints(v, false))
//line log/log.go:426
	ꞏos.Exit(1)
}

//line log/log.go:430
func logꞏFatalf(format string, v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprintfs(format, v))
//line log/log.go:434
	ꞏos.Exit(1)
}

//line log/log.go:438
func logꞏFatalln(v ...any) {
	logꞏstd.Output(2, ꞏfmt.sprints(v, true))
//line log/log.go:442
	ꞏos.Exit(1)
}

//line log/log.go:446
func logꞏPanic(v ...any) {
	s := ꞏfmt.sprints(v, false)
	logꞏstd.Output(2, s)
//line log/log.go:451
	panic(s)
}

//line log/log.go:455
func logꞏPanicf(format string, v ...any) {
	s := ꞏfmt.sprintfs(format, v)
	logꞏstd.Output(2, s)
//line log/log.go:460
	panic(s)
}

//line log/log.go:464
func logꞏPanicln(v ...any) {
	s := ꞏfmt.sprints(v, true)
	logꞏstd.Output(2, s)
//line log/log.go:469
	panic(s)
}

//line log/log.go:479
func logꞏOutput(calldepth int, s string) error {
	return logꞏstd.Output(calldepth+1, s)
//line log/log.go:483
}
