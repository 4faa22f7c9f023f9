// Copyright The Go Authors (BSD-style license: Go's LICENSE file).
// Package cmp (Go 1.27's cmp/cmp.go, names spelled as stdlib/prelude.rs says):
// the Ordered constraint and Compare, Less, Or.
// (Go's comments are left out: this text is compiled into the wasm.)

type cmpꞏOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

//line cmp/cmp.go:28
func cmpꞏLess[T cmpꞏOrdered](x, y T) bool {
	return (cmpꞏisNaN(x) && !cmpꞏisNaN(y)) || x < y
}

//line cmp/cmp.go:40
func cmpꞏCompare[T cmpꞏOrdered](x, y T) int {
	xNaN := cmpꞏisNaN(x)
	yNaN := cmpꞏisNaN(y)
	if xNaN {
		if yNaN {
			return 0
		}
		return -1
	}
	if yNaN {
		return +1
	}
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}

//line cmp/cmp.go:63
func cmpꞏisNaN[T cmpꞏOrdered](x T) bool {
	return x != x
}

//line cmp/cmp.go:69
func cmpꞏOr[T comparable](vals ...T) T {
	var zero T
	for _, val := range vals {
		if val != zero {
			return val
		}
	}
	return zero
}
