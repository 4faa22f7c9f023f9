// Copyright The Go Authors (BSD-style license: Go's LICENSE file).
// Package maps (Go 1.27's maps/maps.go and iter.go, names spelled as
// stdlib/prelude.rs says). Clone copies entry by entry (Go's runtime copies the
// tables): a concurrent write is seen by the range, not as Go's
// "concurrent map clone and map write".
// (Go's comments are left out: this text is compiled into the wasm.)

//line maps/maps.go:17
func mapsꞏEqual[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || v1 != v2 {
			return false
		}
	}
	return true
}

//line maps/maps.go:31
func mapsꞏEqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || !eq(v1, v2) {
			return false
		}
	}
	return true
}

//line maps/maps.go:0
func mapsꞏClone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	r := make(M, len(m))
	for k, v := range m {
		r[k] = v
	}
	return r
}

//line maps/maps.go:62
func mapsꞏCopy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	for k, v := range src {
		dst[k] = v
	}
}

//line maps/maps.go:69
func mapsꞏDeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}

//line maps/iter.go:12
func mapsꞏAll[Map ~map[K]V, K comparable, V any](m Map) ꞏiter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

//line maps/iter.go:25
func mapsꞏKeys[Map ~map[K]V, K comparable, V any](m Map) ꞏiter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

//line maps/iter.go:38
func mapsꞏValues[Map ~map[K]V, K comparable, V any](m Map) ꞏiter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}

//line maps/iter.go:50
func mapsꞏInsert[Map ~map[K]V, K comparable, V any](m Map, seq ꞏiter.Seq2[K, V]) {
	for k, v := range seq {
		m[k] = v
	}
}

//line maps/iter.go:58
func mapsꞏCollect[K comparable, V any](seq ꞏiter.Seq2[K, V]) map[K]V {
	m := make(map[K]V)
	mapsꞏInsert(m, seq)
	return m
}
