// Copyright The Go Authors (BSD-style license: Go's LICENSE file).
// Package sync's functions written in Go (Go 1.27's sync/oncefunc.go, names
// spelled as stdlib/prelude.rs says): OnceFunc, OnceValue and OnceValues, over
// the compiler's sync.Once, so their happens-before edge is Once's.
// (Go's comments are left out: this text is compiled into the wasm.)

//line sync/oncefunc.go:11
func syncꞏOnceFunc(f func()) func() {
//line sync/oncefunc.go:13
	d := struct {
		f     func()
		once  ꞏsync.Once
		valid bool
		p     any
	}{
		f: f,
	}
	return func() {
		d.once.Do(func() {
			defer func() {
				d.f = nil // Do not keep f alive after invoking it.
				d.p = recover()
				if !d.valid {
//line sync/oncefunc.go:30
					panic(d.p)
				}
			}()
			d.f()
			d.valid = true // Set only if f does not panic.
		})
		if !d.valid {
			panic(d.p)
		}
	}
}

//line sync/oncefunc.go:46
func syncꞏOnceValue[T any](f func() T) func() T {
//line sync/oncefunc.go:48
	d := struct {
		f      func() T
		once   ꞏsync.Once
		valid  bool
		p      any
		result T
	}{
		f: f,
	}
	return func() T {
		d.once.Do(func() {
			defer func() {
				d.f = nil
				d.p = recover()
				if !d.valid {
					panic(d.p)
				}
			}()
			d.result = d.f()
			d.valid = true
		})
		if !d.valid {
			panic(d.p)
		}
		return d.result
	}
}

//line sync/oncefunc.go:80
func syncꞏOnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
//line sync/oncefunc.go:82
	d := struct {
		f     func() (T1, T2)
		once  ꞏsync.Once
		valid bool
		p     any
		r1    T1
		r2    T2
	}{
		f: f,
	}
	return func() (T1, T2) {
		d.once.Do(func() {
			defer func() {
				d.f = nil
				d.p = recover()
				if !d.valid {
					panic(d.p)
				}
			}()
			d.r1, d.r2 = d.f()
			d.valid = true
		})
		if !d.valid {
			panic(d.p)
		}
		return d.r1, d.r2
	}
}
