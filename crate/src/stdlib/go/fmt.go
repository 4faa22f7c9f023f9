// Package fmt's errors with %w (Go 1.27's fmt/errors.go): Errorf with one
// %w returns a *fmt.wrapError, with several a *fmt.wrapErrors. The text and
// which arguments %w named are rows (ꞏfmt.sprintfw, ꞏfmt.wrapped).

//line fmt/errors.go:35
func fmtꞏerrorf(format string, a ...any) error {
	s := ꞏfmt.sprintfw(format, a)
	wrapped := ꞏfmt.wrapped(format, len(a))
//line fmt/errors.go:43
	var err error
	switch len(wrapped) {
	case 0:
		err = ꞏerrors.New(s)
	case 1:
		w := &fmtꞏwrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		err = w
	default:
//line fmt/errors.go:55
		var errs []error
		for i, argNum := range wrapped {
			if i > 0 && wrapped[i-1] == argNum {
				continue
			}
			if e, ok := a[argNum].(error); ok {
				errs = append(errs, e)
			}
		}
		err = &fmtꞏwrapErrors{s, errs}
	}
//line fmt/errors.go:67
	return err
}

type fmtꞏwrapError struct {
	msg string
	err error
}

//line fmt/errors.go:75
func (e *fmtꞏwrapError) Error() string {
	return e.msg
}

//line fmt/errors.go:79
func (e *fmtꞏwrapError) Unwrap() error {
	return e.err
}

type fmtꞏwrapErrors struct {
	msg  string
	errs []error
}

//line fmt/errors.go:88
func (e *fmtꞏwrapErrors) Error() string {
	return e.msg
}

//line fmt/errors.go:92
func (e *fmtꞏwrapErrors) Unwrap() []error {
	return e.errs
}
