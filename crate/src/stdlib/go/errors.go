// Package errors (Go 1.27's errors/wrap.go and errors/join.go): Is, As,
// Unwrap and Join walk an error's tree through its Unwrap methods, calling
// the program's own Is, As and Unwrap methods. New is a row (errors.rs);
// what needs reflection is a row too (ꞏerrors.comparable, ꞏerrors.assignTo).

//line errors/wrap.go:17
func errorsꞏUnwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

//line errors/wrap.go:45
func errorsꞏIs(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return errorsꞏis(err, target, ꞏerrors.comparable(target))
//line errors/wrap.go:52
}

//line errors/wrap.go:54
func errorsꞏis(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if errorsꞏis(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

//line errors/wrap.go:102
func errorsꞏAs(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	ꞏerrors.checkTarget(target)
	return errorsꞏas(err, target)
//line errors/wrap.go:113
}

//line errors/wrap.go:121
func errorsꞏas(err error, target any) bool {
	for {
		if ꞏerrors.assignTo(err, target) {
//line errors/wrap.go:125
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if errorsꞏas(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

//line errors/join.go:20
func errorsꞏJoin(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &errorsꞏjoinError{
		errs: make([]error, 0, n),
	}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type errorsꞏjoinError struct {
	errs []error
}

//line errors/join.go:45
func (e *errorsꞏjoinError) Error() string {
//line errors/join.go:48
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
//line errors/join.go:52
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
//line errors/join.go:59
}

//line errors/join.go:61
func (e *errorsꞏjoinError) Unwrap() []error {
	return e.errs
}
