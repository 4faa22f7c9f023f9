// Copyright The Go Authors (BSD-style license: Go's LICENSE file).
// Package slices (Go 1.27's slices/slices.go, sort.go, zsortordered.go,
// zsortanyfunc.go, iter.go, names spelled as stdlib/prelude.rs says): the same
// pattern-defeating quicksort as Go, so equal elements end where Go puts them.
// overlaps compares element addresses (Go uses unsafe), bitsLen is math/bits.Len.
// Sort runs the CmpFunc variant (zsortanyfunc.go) with cmp.Compare: Go
// generates zsortordered.go from the same template, with cmp.Less(a, b) where
// this has cmp.Compare(a, b) < 0, which is the same order (NaNs included).
// (Go's comments are left out: this text is compiled into the wasm.)

//line slices/slices.go:20
func slicesꞏEqual[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

//line slices/slices.go:37
func slicesꞏEqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		v2 := s2[i]
		if !eq(v1, v2) {
			return false
		}
	}
	return true
}

//line slices/slices.go:57
func slicesꞏCompare[S ~[]E, E ꞏcmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		v2 := s2[i]
		if c := ꞏcmp.Compare(v1, v2); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

//line slices/slices.go:78
func slicesꞏCompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		v2 := s2[i]
		if c := cmp(v1, v2); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

//line slices/slices.go:96
func slicesꞏIndex[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

//line slices/slices.go:107
func slicesꞏIndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

//line slices/slices.go:117
func slicesꞏContains[S ~[]E, E comparable](s S, v E) bool {
	return slicesꞏIndex(s, v) >= 0
}

//line slices/slices.go:124
func slicesꞏContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return slicesꞏIndexFunc(s, f) >= 0
}

//line slices/slices.go:136
func slicesꞏInsert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check

	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
//line slices/slices.go:152
		s2 := append(s[:i], make(S, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return s2
	}
	s = s[:n+m]

//line slices/slices.go:173
	if !slicesꞏoverlaps(v, s[i+m:]) {

//line slices/slices.go:178
		copy(s[i+m:], s[i:])

//line slices/slices.go:186
		copy(s[i:], v)

//line slices/slices.go:193
		return s
	}

//line slices/slices.go:200
	copy(s[n:], v)

//line slices/slices.go:207
	slicesꞏrotateRight(s[i:], m)

//line slices/slices.go:214
	return s
}

//line slices/slices.go:224
func slicesꞏDelete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check

	if i == j {
		return s
	}

	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):oldlen]) // zero/nil out the obsolete elements, for GC
	return s
}

//line slices/slices.go:241
func slicesꞏDeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := slicesꞏIndexFunc(s, del)
	if i == -1 {
		return s
	}
//line slices/slices.go:247
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:]) // zero/nil out the obsolete elements, for GC
	return s[:i]
}

//line slices/slices.go:262
func slicesꞏReplace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // bounds check

	if i == j {
		return slicesꞏInsert(s, i, v...)
	}
	if j == len(s) {
		s2 := append(s[:i], v...)
		if len(s2) < len(s) {
			clear(s[len(s2):]) // zero/nil out the obsolete elements, for GC
		}
		return s2
	}

	tot := len(s[:i]) + len(v) + len(s[j:])
	if tot > cap(s) {
//line slices/slices.go:279
		s2 := append(s[:i], make(S, tot-i)...) // See Insert
		copy(s2[i:], v)
		copy(s2[i+len(v):], s[j:])
		return s2
	}

	r := s[:tot]

	if i+len(v) <= j {
//line slices/slices.go:289
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		clear(s[tot:]) // zero/nil out the obsolete elements, for GC
		return r
	}

//line slices/slices.go:306
	if !slicesꞏoverlaps(r[i+len(v):], v) {
//line slices/slices.go:308
		copy(r[i+len(v):], s[j:])
		copy(r[i:], v)
		return r
	}

//line slices/slices.go:325
	y := len(v) - (j - i) // length of y portion

	if !slicesꞏoverlaps(r[i:j], v) {
		copy(r[i:j], v[y:])
		copy(r[len(s):], v[:y])
		slicesꞏrotateRight(r[i:], y)
		return r
	}
	if !slicesꞏoverlaps(r[len(s):], v) {
		copy(r[len(s):], v[:y])
		copy(r[i:j], v[y:])
		slicesꞏrotateRight(r[i:], y)
		return r
	}

//line slices/slices.go:345
	k := slicesꞏstartIdx(v, s[j:])
	copy(r[i:], v)
	copy(r[i+len(v):], r[i+k:])
	return r
}

//line slices/slices.go:355
func slicesꞏClone[S ~[]E, E any](s S) S {
//line slices/slices.go:357
	if s == nil {
		return nil
	}
//line slices/slices.go:362
	return append(S{}, s...)
}

//line slices/slices.go:371
func slicesꞏCompact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if s[k] == s[k-1] {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if s2[k2] != s2[k2-1] {
					s[k] = s2[k2]
					k++
				}
			}

			clear(s[k:]) // zero/nil out the obsolete elements, for GC
			return s[:k]
		}
	}
	return s
}

//line slices/slices.go:396
func slicesꞏCompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if eq(s[k], s[k-1]) {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if !eq(s2[k2], s2[k2-1]) {
					s[k] = s2[k2]
					k++
				}
			}

			clear(s[k:]) // zero/nil out the obsolete elements, for GC
			return s[:k]
		}
	}
	return s
}

//line slices/slices.go:422
func slicesꞏGrow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
//line slices/slices.go:428
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

//line slices/slices.go:435
func slicesꞏClip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

//line slices/slices.go:445
func slicesꞏrotateLeft[E any](s []E, r int) {
	slicesꞏReverse(s[:r])
	slicesꞏReverse(s[r:])
	slicesꞏReverse(s)
}
//line slices/slices.go:450
func slicesꞏrotateRight[E any](s []E, r int) {
	slicesꞏrotateLeft(s, len(s)-r)
}

//line slices/slices.go:455
func slicesꞏoverlaps[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for i := range b {
		if &b[i] == &a[0] {
			return true
		}
//line slices/slices.go:467
	}
	for i := range a {
		if &a[i] == &b[0] {
			return true
		}
	}
	return false
}

//line slices/slices.go:471
func slicesꞏstartIdx[E any](haystack, needle []E) int {
	p := &needle[0]
	for i := range haystack {
		if p == &haystack[i] {
			return i
		}
	}
//line slices/slices.go:479
	panic("needle not found")
}

//line slices/slices.go:483
func slicesꞏReverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

//line slices/slices.go:491
func slicesꞏConcat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
//line slices/slices.go:502
	newslice := slicesꞏGrow[S](nil, size)
	for _, s := range slices {
		newslice = append(newslice, s...)
	}
	return newslice
}

//line slices/slices.go:514
func slicesꞏRepeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}

	const maxInt = ^uint(0) >> 1
	if count > 0 && uint(len(x)) > maxInt/uint(count) {
//line slices/slices.go:522
		panic("the result of (len(x) * count) overflows")
	}

	newslice := make(S, len(x)*count)
	n := copy(newslice, x)
	for n < len(newslice) {
		n += copy(newslice[n:], newslice[:n])
	}
	return newslice
}

//line slices/sort.go:16
func slicesꞏSort[S ~[]E, E ꞏcmp.Ordered](x S) {
	n := len(x)
	slicesꞏpdqsortCmpFunc(x, 0, n, slicesꞏbitsLen(uint(n)), func(a, b E) int { return ꞏcmp.Compare(a, b) })
}

//line slices/sort.go:30
func slicesꞏSortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	slicesꞏpdqsortCmpFunc(x, 0, n, slicesꞏbitsLen(uint(n)), cmp)
}

//line slices/sort.go:37
func slicesꞏSortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	slicesꞏstableCmpFunc(x, len(x), cmp)
}

//line slices/sort.go:42
func slicesꞏIsSorted[S ~[]E, E ꞏcmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if ꞏcmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

//line slices/sort.go:53
func slicesꞏIsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

//line slices/sort.go:65
func slicesꞏMin[S ~[]E, E ꞏcmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

//line slices/sort.go:79
func slicesꞏMinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

//line slices/sort.go:95
func slicesꞏMax[S ~[]E, E ꞏcmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

//line slices/sort.go:109
func slicesꞏMaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

//line slices/sort.go:126
func slicesꞏBinarySearch[S ~[]E, E ꞏcmp.Ordered](x S, target E) (int, bool) {
//line slices/sort.go:128
	n := len(x)
//line slices/sort.go:131
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
//line slices/sort.go:135
		if ꞏcmp.Less(x[h], target) {
			i = h + 1 // preserves x[i-1] < target
		} else {
			j = h // preserves x[j] >= target
		}
	}
//line slices/sort.go:142
	return i, i < n && (x[i] == target || (slicesꞏisNaN(x[i]) && slicesꞏisNaN(target)))
}

//line slices/sort.go:152
func slicesꞏBinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
//line slices/sort.go:156
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
//line slices/sort.go:160
		if cmp(x[h], target) < 0 {
			i = h + 1 // preserves cmp(x[i - 1], target) < 0
		} else {
			j = h // preserves cmp(x[j], target) >= 0
		}
	}
//line slices/sort.go:167
	return i, i < n && cmp(x[i], target) == 0
}

type slicesꞏsortedHint int // hint for pdqsort when choosing the pivot

const (
	slicesꞏunknownHint slicesꞏsortedHint = iota
	slicesꞏincreasingHint
	slicesꞏdecreasingHint
)

type slicesꞏxorshift uint64

//line slices/sort.go:181
func (r *slicesꞏxorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

//line slices/sort.go:188
func slicesꞏnextPowerOfTwo(length int) uint {
	return uint(1) << slicesꞏbitsLen(uint(length)) // (Go: 1 << …; maprace types an untyped shift operand by its context only in constants)
}

//line slices/sort.go:194
func slicesꞏisNaN[T ꞏcmp.Ordered](x T) bool {
	return x != x
}

//line slices/zsortanyfunc.go:10
func slicesꞏinsertionSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && (cmp(data[j], data[j-1]) < 0); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

//line slices/zsortanyfunc.go:20
func slicesꞏsiftDownCmpFunc[E any](data []E, lo, hi, first int, cmp func(a, b E) int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			break
		}
		if child+1 < hi && (cmp(data[first+child], data[first+child+1]) < 0) {
			child++
		}
		if !(cmp(data[first+root], data[first+child]) < 0) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

//line slices/zsortanyfunc.go:38
func slicesꞏheapSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	first := a
	lo := 0
	hi := b - a

//line slices/zsortanyfunc.go:44
	for i := (hi - 1) / 2; i >= 0; i-- {
		slicesꞏsiftDownCmpFunc(data, i, hi, first, cmp)
	}

//line slices/zsortanyfunc.go:49
	for i := hi - 1; i >= 0; i-- {
		data[first], data[first+i] = data[first+i], data[first]
		slicesꞏsiftDownCmpFunc(data, lo, i, first, cmp)
	}
}

//line slices/zsortanyfunc.go:61
func slicesꞏpdqsortCmpFunc[E any](data []E, a, b, limit int, cmp func(a, b E) int) {
	const maxInsertion = 12

	var (
		wasBalanced    = true // whether the last partitioning was reasonably balanced
		wasPartitioned = true // whether the slice was already partitioned
	)

	for {
		length := b - a

		if length <= maxInsertion {
			slicesꞏinsertionSortCmpFunc(data, a, b, cmp)
			return
		}

//line slices/zsortanyfunc.go:78
		if limit == 0 {
			slicesꞏheapSortCmpFunc(data, a, b, cmp)
			return
		}

//line slices/zsortanyfunc.go:84
		if !wasBalanced {
			slicesꞏbreakPatternsCmpFunc(data, a, b, cmp)
			limit--
		}

		pivot, hint := slicesꞏchoosePivotCmpFunc(data, a, b, cmp)
		if hint == slicesꞏdecreasingHint {
			slicesꞏreverseRangeCmpFunc(data, a, b, cmp)
//line slices/zsortanyfunc.go:95
			pivot = (b - 1) - (pivot - a)
			hint = slicesꞏincreasingHint
		}

//line slices/zsortanyfunc.go:100
		if wasBalanced && wasPartitioned && hint == slicesꞏincreasingHint {
			if slicesꞏpartialInsertionSortCmpFunc(data, a, b, cmp) {
				return
			}
		}

//line slices/zsortanyfunc.go:108
		if a > 0 && !(cmp(data[a-1], data[pivot]) < 0) {
			mid := slicesꞏpartitionEqualCmpFunc(data, a, b, pivot, cmp)
			a = mid
			continue
		}

		mid, alreadyPartitioned := slicesꞏpartitionCmpFunc(data, a, b, pivot, cmp)
		wasPartitioned = alreadyPartitioned

		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			slicesꞏpdqsortCmpFunc(data, a, mid, limit, cmp)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			slicesꞏpdqsortCmpFunc(data, mid+1, b, limit, cmp)
			b = mid
		}
	}
}

//line slices/zsortanyfunc.go:135
func slicesꞏpartitionCmpFunc[E any](data []E, a, b, pivot int, cmp func(a, b E) int) (newpivot int, alreadyPartitioned bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1 // i and j are inclusive of the elements remaining to be partitioned

	for i <= j && (cmp(data[i], data[a]) < 0) {
		i++
	}
	for i <= j && !(cmp(data[j], data[a]) < 0) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--

	for {
		for i <= j && (cmp(data[i], data[a]) < 0) {
			i++
		}
		for i <= j && !(cmp(data[j], data[a]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

//line slices/zsortanyfunc.go:173
func slicesꞏpartitionEqualCmpFunc[E any](data []E, a, b, pivot int, cmp func(a, b E) int) (newpivot int) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1 // i and j are inclusive of the elements remaining to be partitioned

	for {
		for i <= j && !(cmp(data[a], data[i]) < 0) {
			i++
		}
		for i <= j && (cmp(data[a], data[j]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	return i
}

//line slices/zsortanyfunc.go:195
func slicesꞏpartialInsertionSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) bool {
	const (
		maxSteps         = 5  // maximum number of adjacent out-of-order pairs that will get shifted
		shortestShifting = 50 // don't shift any elements on short arrays
	)
	i := a + 1
	for j := 0; j < maxSteps; j++ {
		for i < b && !(cmp(data[i], data[i-1]) < 0) {
			i++
		}

		if i == b {
			return true
		}

		if b-a < shortestShifting {
			return false
		}

		data[i], data[i-1] = data[i-1], data[i]

//line slices/zsortanyfunc.go:217
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !(cmp(data[j], data[j-1]) < 0) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
//line slices/zsortanyfunc.go:226
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !(cmp(data[j], data[j-1]) < 0) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

//line slices/zsortanyfunc.go:240
func slicesꞏbreakPatternsCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	length := b - a
	if length >= 8 {
		random := slicesꞏxorshift(length)
		modulus := slicesꞏnextPowerOfTwo(length)

		for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
			other := int(uint(random.Next()) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data[idx], data[a+other] = data[a+other], data[idx]
		}
	}
}

//line slices/zsortanyfunc.go:261
func slicesꞏchoosePivotCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) (pivot int, hint slicesꞏsortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)

	l := b - a

	var (
		swaps int
		i     = a + l/4*1
		j     = a + l/4*2
		k     = a + l/4*3
	)

	if l >= 8 {
		if l >= shortestNinther {
//line slices/zsortanyfunc.go:279
			i = slicesꞏmedianAdjacentCmpFunc(data, i, &swaps, cmp)
			j = slicesꞏmedianAdjacentCmpFunc(data, j, &swaps, cmp)
			k = slicesꞏmedianAdjacentCmpFunc(data, k, &swaps, cmp)
		}
//line slices/zsortanyfunc.go:284
		j = slicesꞏmedianCmpFunc(data, i, j, k, &swaps, cmp)
	}

	switch swaps {
	case 0:
		return j, slicesꞏincreasingHint
	case maxSwaps:
		return j, slicesꞏdecreasingHint
	default:
		return j, slicesꞏunknownHint
	}
}

//line slices/zsortanyfunc.go:298
func slicesꞏorder2CmpFunc[E any](data []E, a, b int, swaps *int, cmp func(a, b E) int) (int, int) {
	if cmp(data[b], data[a]) < 0 {
		*swaps++
		return b, a
	}
	return a, b
}

//line slices/zsortanyfunc.go:307
func slicesꞏmedianCmpFunc[E any](data []E, a, b, c int, swaps *int, cmp func(a, b E) int) int {
	a, b = slicesꞏorder2CmpFunc(data, a, b, swaps, cmp)
	b, c = slicesꞏorder2CmpFunc(data, b, c, swaps, cmp)
	a, b = slicesꞏorder2CmpFunc(data, a, b, swaps, cmp)
	return b
}

//line slices/zsortanyfunc.go:315
func slicesꞏmedianAdjacentCmpFunc[E any](data []E, a int, swaps *int, cmp func(a, b E) int) int {
	return slicesꞏmedianCmpFunc(data, a-1, a, a+1, swaps, cmp)
}

//line slices/zsortanyfunc.go:319
func slicesꞏreverseRangeCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	i := a
	j := b - 1
	for i < j {
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

//line slices/zsortanyfunc.go:329
func slicesꞏswapRangeCmpFunc[E any](data []E, a, b, n int, cmp func(a, b E) int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}

//line slices/zsortanyfunc.go:335
func slicesꞏstableCmpFunc[E any](data []E, n int, cmp func(a, b E) int) {
	blockSize := 20 // must be > 0
	a, b := 0, blockSize
	for b <= n {
		slicesꞏinsertionSortCmpFunc(data, a, b, cmp)
		a = b
		b += blockSize
	}
	slicesꞏinsertionSortCmpFunc(data, a, n, cmp)

	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			slicesꞏsymMergeCmpFunc(data, a, a+blockSize, b, cmp)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			slicesꞏsymMergeCmpFunc(data, a, m, n, cmp)
		}
		blockSize *= 2
	}
}

//line slices/zsortanyfunc.go:378
func slicesꞏsymMergeCmpFunc[E any](data []E, a, m, b int, cmp func(a, b E) int) {
//line slices/zsortanyfunc.go:382
	if m-a == 1 {
//line slices/zsortanyfunc.go:386
		i := m
		j := b
		for i < j {
			h := int(uint(i+j) >> 1)
			if cmp(data[h], data[a]) < 0 {
				i = h + 1
			} else {
				j = h
			}
		}
//line slices/zsortanyfunc.go:397
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}

//line slices/zsortanyfunc.go:406
	if b-m == 1 {
//line slices/zsortanyfunc.go:410
		i := a
		j := m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !(cmp(data[m], data[h]) < 0) {
				i = h + 1
			} else {
				j = h
			}
		}
//line slices/zsortanyfunc.go:421
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}

	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1

	for start < r {
		c := int(uint(start+r) >> 1)
		if !(cmp(data[p-c], data[c]) < 0) {
			start = c + 1
		} else {
			r = c
		}
	}

	end := n - start
	if start < m && m < end {
		slicesꞏrotateCmpFunc(data, start, m, end, cmp)
	}
	if a < start && start < mid {
		slicesꞏsymMergeCmpFunc(data, a, start, mid, cmp)
	}
	if mid < end && end < b {
		slicesꞏsymMergeCmpFunc(data, mid, end, b, cmp)
	}
}

//line slices/zsortanyfunc.go:464
func slicesꞏrotateCmpFunc[E any](data []E, a, m, b int, cmp func(a, b E) int) {
	i := m - a
	j := b - m

	for i != j {
		if i > j {
			slicesꞏswapRangeCmpFunc(data, m-i, m, j, cmp)
			i -= j
		} else {
			slicesꞏswapRangeCmpFunc(data, m-i, m+j-i, i, cmp)
			j -= i
		}
	}
//line slices/zsortanyfunc.go:478
	slicesꞏswapRangeCmpFunc(data, m-i, m, i, cmp)
}

//line slices/iter.go:14
func slicesꞏAll[Slice ~[]E, E any](s Slice) ꞏiter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

//line slices/iter.go:26
func slicesꞏBackward[Slice ~[]E, E any](s Slice) ꞏiter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

//line slices/iter.go:37
func slicesꞏValues[Slice ~[]E, E any](s Slice) ꞏiter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

//line slices/iter.go:50
func slicesꞏAppendSeq[Slice ~[]E, E any](s Slice, seq ꞏiter.Seq[E]) Slice {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

//line slices/iter.go:59
func slicesꞏCollect[E any](seq ꞏiter.Seq[E]) []E {
	return slicesꞏAppendSeq([]E(nil), seq)
}

//line slices/iter.go:66
func slicesꞏSorted[E ꞏcmp.Ordered](seq ꞏiter.Seq[E]) []E {
	s := slicesꞏCollect(seq)
	slicesꞏSort(s)
	return s
}

//line slices/iter.go:75
func slicesꞏSortedFunc[E any](seq ꞏiter.Seq[E], cmp func(E, E) int) []E {
	s := slicesꞏCollect(seq)
	slicesꞏSortFunc(s, cmp)
	return s
}

//line slices/iter.go:86
func slicesꞏSortedStableFunc[E any](seq ꞏiter.Seq[E], cmp func(E, E) int) []E {
	s := slicesꞏCollect(seq)
	slicesꞏSortStableFunc(s, cmp)
	return s
}

//line slices/iter.go:97
func slicesꞏChunk[Slice ~[]E, E any](s Slice, n int) ꞏiter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}

	return func(yield func(Slice) bool) {
		for i := 0; i < len(s); i += n {
//line slices/iter.go:105
			end := min(n, len(s[i:]))

//line slices/iter.go:109
			if !yield(s[i : i+end : i+end]) {
				return
			}
		}
	}
}

//line slices/iter.go:0
func slicesꞏbitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}
