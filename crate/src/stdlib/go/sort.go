// Copyright The Go Authors (BSD-style license: Go's LICENSE file).
// Package sort (Go 1.27's sort/sort.go, slice.go, search.go, zsortfunc.go,
// zsortinterface.go, names spelled as stdlib/prelude.rs says): the same
// pdqsort and insertion-sort stable sort as Go, so the order of equal
// elements is Go's. Slice's swapper is reflectlite.Swapper's job done by the
// rows sort.checkSlice and sort.swap (sort.rs). reverse's Len and Swap are
// written out: maprace does not promote an embedded interface's methods yet.
// Sort and Stable run the lessSwap variants (zsortfunc.go) on the methods
// data.Less and data.Swap (in closures: maprace has no interface method
// values yet): Go generates zsortinterface.go from the same
// template, so the comparisons and swaps are the same.
// (Go's comments are left out: this text is compiled into the wasm.)

type sortꞏInterface interface {
	Len() int

	Less(i, j int) bool

	Swap(i, j int)
}

//line sort/sort.go:50
func sortꞏSort(data sortꞏInterface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	limit := sortꞏbitsLen(uint(n))
	sortꞏpdqsort_func(sortꞏlessSwap{func(i, j int) bool { return data.Less(i, j) }, func(i, j int) { data.Swap(i, j) }}, 0, n, limit)
}

type sortꞏsortedHint int // hint for pdqsort when choosing the pivot

const (
	sortꞏunknownHint sortꞏsortedHint = iota
	sortꞏincreasingHint
	sortꞏdecreasingHint
)

type sortꞏxorshift uint64

//line sort/sort.go:70
func (r *sortꞏxorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

//line sort/sort.go:77
func sortꞏnextPowerOfTwo(length int) uint {
	shift := uint(sortꞏbitsLen(uint(length)))
	return uint(1 << shift)
}

type sortꞏlessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

type sortꞏreverse struct {
	sortꞏInterface
}

//line sort/sort.go:97
func (r sortꞏreverse) Less(i, j int) bool {
	return r.sortꞏInterface.Less(j, i)
}

//line sort/sort.go:0
func (r sortꞏreverse) Len() int { return r.sortꞏInterface.Len() }

//line sort/sort.go:0
func (r sortꞏreverse) Swap(i, j int) { r.sortꞏInterface.Swap(i, j) }

//line sort/sort.go:102
func sortꞏReverse(data sortꞏInterface) sortꞏInterface {
	return &sortꞏreverse{data}
}

//line sort/sort.go:110
func sortꞏIsSorted(data sortꞏInterface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type sortꞏIntSlice []int

//line sort/sort.go:125
func (x sortꞏIntSlice) Len() int           { return len(x) }
//line sort/sort.go:126
func (x sortꞏIntSlice) Less(i, j int) bool { return x[i] < x[j] }
//line sort/sort.go:127
func (x sortꞏIntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

//line sort/sort.go:130
func (x sortꞏIntSlice) Sort() { sortꞏSort(x) }

type sortꞏFloat64Slice []float64

//line sort/sort.go:136
func (x sortꞏFloat64Slice) Len() int { return len(x) }

//line sort/sort.go:144
func (x sortꞏFloat64Slice) Less(i, j int) bool { return x[i] < x[j] || (sortꞏisNaN(x[i]) && !sortꞏisNaN(x[j])) }
//line sort/sort.go:145
func (x sortꞏFloat64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

//line sort/sort.go:148
func sortꞏisNaN(f float64) bool {
	return f != f
}

//line sort/sort.go:153
func (x sortꞏFloat64Slice) Sort() { sortꞏSort(x) }

type sortꞏStringSlice []string

//line sort/sort.go:158
func (x sortꞏStringSlice) Len() int           { return len(x) }
//line sort/sort.go:159
func (x sortꞏStringSlice) Less(i, j int) bool { return x[i] < x[j] }
//line sort/sort.go:160
func (x sortꞏStringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

//line sort/sort.go:163
func (x sortꞏStringSlice) Sort() { sortꞏSort(x) }

//line sort/sort.go:170
func sortꞏInts(x []int) { ꞏslices.Sort(x) }

//line sort/sort.go:176
func sortꞏFloat64s(x []float64) { ꞏslices.Sort(x) }

//line sort/sort.go:181
func sortꞏStrings(x []string) { ꞏslices.Sort(x) }

//line sort/sort.go:186
func sortꞏIntsAreSorted(x []int) bool { return ꞏslices.IsSorted(x) }

//line sort/sort.go:192
func sortꞏFloat64sAreSorted(x []float64) bool { return ꞏslices.IsSorted(x) }

//line sort/sort.go:197
func sortꞏStringsAreSorted(x []string) bool { return ꞏslices.IsSorted(x) }

//line sort/sort.go:233
func sortꞏStable(data sortꞏInterface) {
	sortꞏstable_func(sortꞏlessSwap{func(i, j int) bool { return data.Less(i, j) }, func(i, j int) { data.Swap(i, j) }}, data.Len())
}

/*
Complexity of sortꞏStable Sorting

Complexity of block swapping rotation

Each Swap puts one new element into its correct, final position.
Elements which reach their final position are no longer moved.
Thus block swapping rotation needs |u|+|v| calls to Swaps.
This is best possible as each element might need a move.

Pay attention when comparing to other optimal algorithms which
typically count the number of assignments instead of swaps:
E.g. the optimal algorithm of Dudzinski and Dydek for in-place
rotations uses O(u + v + gcd(u,v)) assignments which is
better than our O(3 * (u+v)) as gcd(u,v) <= u.

sortꞏStable sorting by SymMerge and BlockSwap rotations

SymMerg complexity for same size input M = N:
Calls to Less:  O(M*log(N/M+1)) = O(N*log(2)) = O(N)
Calls to Swap:  O((M+N)*log(M)) = O(2*N*log(N)) = O(N*log(N))

(The following argument does not fuzz over a missing -1 or
other stuff which does not impact the final result).

Let n = data.Len(). Assume n = 2^k.

Plain merge sort performs log(n) = k iterations.
On iteration i the algorithm merges 2^(k-i) blocks, each of size 2^i.

Thus iteration i of merge sort performs:
Calls to Less  O(2^(k-i) * 2^i) = O(2^k) = O(2^log(n)) = O(n)
Calls to Swap  O(2^(k-i) * 2^i * log(2^i)) = O(2^k * i) = O(n*i)

In total k = log(n) iterations are performed; so in total:
Calls to Less O(log(n) * n)
Calls to Swap O(n + 2*n + 3*n + ... + (k-1)*n + k*n)
   = O((k/2) * k * n) = O(n * k^2) = O(n * log^2(n))

Above results should generalize to arbitrary n = 2^k + p
and should not be influenced by the initial insertion sort phase:
Insertion sort is O(n^2) on Swap and Less, thus O(bs^2) per block of
size bs at n/bs blocks:  O(bs*n) Swaps and Less during insertion sort.
Merge sort iterations start at i = log(bs). With t = log(bs) constant:
Calls to Less O((log(n)-t) * n + bs*n) = O(log(n)*n + (bs-t)*n)
   = O(n * log(n))
Calls to Swap O(n * log^2(n) - (t^2+t)/2*n) = O(n * log^2(n))

*/

//line sort/slice.go:24
func sortꞏSlice(x any, less func(i, j int) bool) {
	swap := sortꞏswapper(x)
	length := ꞏsort.length(x)
	limit := sortꞏbitsLen(uint(length))
//line sort/slice.go:29
	sortꞏpdqsort_func(sortꞏlessSwap{less, swap}, 0, length, limit)
}

//line sort/slice.go:41
func sortꞏSliceStable(x any, less func(i, j int) bool) {
	swap := sortꞏswapper(x)
	sortꞏstable_func(sortꞏlessSwap{less, swap}, ꞏsort.length(x))
//line sort/slice.go:45
}

//line sort/slice.go:52
func sortꞏSliceIsSorted(x any, less func(i, j int) bool) bool {
	n := ꞏsort.length(x)
//line sort/slice.go:55
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

//line sort/search.go:58
func sortꞏSearch(n int, f func(int) bool) int {
//line sort/search.go:61
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
//line sort/search.go:65
		if !f(h) {
			i = h + 1 // preserves f(i-1) == false
		} else {
			j = h // preserves f(j) == true
		}
	}
//line sort/search.go:72
	return i
}

//line sort/search.go:99
func sortꞏFind(n int, cmp func(int) int) (i int, found bool) {
//line sort/search.go:103
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
//line sort/search.go:107
		if cmp(h) > 0 {
			i = h + 1 // preserves cmp(i-1) > 0
		} else {
			j = h // preserves cmp(j) <= 0
		}
	}
//line sort/search.go:114
	return i, i < n && cmp(i) == 0
}

//line sort/search.go:123
func sortꞏSearchInts(a []int, x int) int {
	return sortꞏSearch(len(a), func(i int) bool { return a[i] >= x })
}

//line sort/search.go:131
func sortꞏSearchFloat64s(a []float64, x float64) int {
	return sortꞏSearch(len(a), func(i int) bool { return a[i] >= x })
}

//line sort/search.go:139
func sortꞏSearchStrings(a []string, x string) int {
	return sortꞏSearch(len(a), func(i int) bool { return a[i] >= x })
}

//line sort/search.go:144
func (p sortꞏIntSlice) Search(x int) int { return sortꞏSearchInts(p, x) }

//line sort/search.go:147
func (p sortꞏFloat64Slice) Search(x float64) int { return sortꞏSearchFloat64s(p, x) }

//line sort/search.go:150
func (p sortꞏStringSlice) Search(x string) int { return sortꞏSearchStrings(p, x) }

//line sort/zsortfunc.go:10
func sortꞏinsertionSort_func(data sortꞏlessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

//line sort/zsortfunc.go:20
func sortꞏsiftDown_func(data sortꞏlessSwap, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			break
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

//line sort/zsortfunc.go:38
func sortꞏheapSort_func(data sortꞏlessSwap, a, b int) {
	first := a
	lo := 0
	hi := b - a

//line sort/zsortfunc.go:44
	for i := (hi - 1) / 2; i >= 0; i-- {
		sortꞏsiftDown_func(data, i, hi, first)
	}

//line sort/zsortfunc.go:49
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		sortꞏsiftDown_func(data, lo, i, first)
	}
}

//line sort/zsortfunc.go:61
func sortꞏpdqsort_func(data sortꞏlessSwap, a, b, limit int) {
	const maxInsertion = 12

	var (
		wasBalanced    = true // whether the last partitioning was reasonably balanced
		wasPartitioned = true // whether the slice was already partitioned
	)

	for {
		length := b - a

		if length <= maxInsertion {
			sortꞏinsertionSort_func(data, a, b)
			return
		}

//line sort/zsortfunc.go:78
		if limit == 0 {
			sortꞏheapSort_func(data, a, b)
			return
		}

//line sort/zsortfunc.go:84
		if !wasBalanced {
			sortꞏbreakPatterns_func(data, a, b)
			limit--
		}

		pivot, hint := sortꞏchoosePivot_func(data, a, b)
		if hint == sortꞏdecreasingHint {
			sortꞏreverseRange_func(data, a, b)
//line sort/zsortfunc.go:95
			pivot = (b - 1) - (pivot - a)
			hint = sortꞏincreasingHint
		}

//line sort/zsortfunc.go:100
		if wasBalanced && wasPartitioned && hint == sortꞏincreasingHint {
			if sortꞏpartialInsertionSort_func(data, a, b) {
				return
			}
		}

//line sort/zsortfunc.go:108
		if a > 0 && !data.Less(a-1, pivot) {
			mid := sortꞏpartitionEqual_func(data, a, b, pivot)
			a = mid
			continue
		}

		mid, alreadyPartitioned := sortꞏpartition_func(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned

		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			sortꞏpdqsort_func(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			sortꞏpdqsort_func(data, mid+1, b, limit)
			b = mid
		}
	}
}

//line sort/zsortfunc.go:135
func sortꞏpartition_func(data sortꞏlessSwap, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1 // i and j are inclusive of the elements remaining to be partitioned

	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--

	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

//line sort/zsortfunc.go:173
func sortꞏpartitionEqual_func(data sortꞏlessSwap, a, b, pivot int) (newpivot int) {
	data.Swap(a, pivot)
	i, j := a+1, b-1 // i and j are inclusive of the elements remaining to be partitioned

	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	return i
}

//line sort/zsortfunc.go:195
func sortꞏpartialInsertionSort_func(data sortꞏlessSwap, a, b int) bool {
	const (
		maxSteps         = 5  // maximum number of adjacent out-of-order pairs that will get shifted
		shortestShifting = 50 // don't shift any elements on short arrays
	)
	i := a + 1
	for j := 0; j < maxSteps; j++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}

		if i == b {
			return true
		}

		if b-a < shortestShifting {
			return false
		}

		data.Swap(i, i-1)

//line sort/zsortfunc.go:217
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
//line sort/zsortfunc.go:226
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

//line sort/zsortfunc.go:240
func sortꞏbreakPatterns_func(data sortꞏlessSwap, a, b int) {
	length := b - a
	if length >= 8 {
		random := sortꞏxorshift(length)
		modulus := sortꞏnextPowerOfTwo(length)

		for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
			other := int(uint(random.Next()) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data.Swap(idx, a+other)
		}
	}
}

//line sort/zsortfunc.go:261
func sortꞏchoosePivot_func(data sortꞏlessSwap, a, b int) (pivot int, hint sortꞏsortedHint) {
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
//line sort/zsortfunc.go:279
			i = sortꞏmedianAdjacent_func(data, i, &swaps)
			j = sortꞏmedianAdjacent_func(data, j, &swaps)
			k = sortꞏmedianAdjacent_func(data, k, &swaps)
		}
//line sort/zsortfunc.go:284
		j = sortꞏmedian_func(data, i, j, k, &swaps)
	}

	switch swaps {
	case 0:
		return j, sortꞏincreasingHint
	case maxSwaps:
		return j, sortꞏdecreasingHint
	default:
		return j, sortꞏunknownHint
	}
}

//line sort/zsortfunc.go:298
func sortꞏorder2_func(data sortꞏlessSwap, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

//line sort/zsortfunc.go:307
func sortꞏmedian_func(data sortꞏlessSwap, a, b, c int, swaps *int) int {
	a, b = sortꞏorder2_func(data, a, b, swaps)
	b, c = sortꞏorder2_func(data, b, c, swaps)
	a, b = sortꞏorder2_func(data, a, b, swaps)
	return b
}

//line sort/zsortfunc.go:315
func sortꞏmedianAdjacent_func(data sortꞏlessSwap, a int, swaps *int) int {
	return sortꞏmedian_func(data, a-1, a, a+1, swaps)
}

//line sort/zsortfunc.go:319
func sortꞏreverseRange_func(data sortꞏlessSwap, a, b int) {
	i := a
	j := b - 1
	for i < j {
		data.Swap(i, j)
		i++
		j--
	}
}

//line sort/zsortfunc.go:329
func sortꞏswapRange_func(data sortꞏlessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

//line sort/zsortfunc.go:335
func sortꞏstable_func(data sortꞏlessSwap, n int) {
	blockSize := 20 // must be > 0
	a, b := 0, blockSize
	for b <= n {
		sortꞏinsertionSort_func(data, a, b)
		a = b
		b += blockSize
	}
	sortꞏinsertionSort_func(data, a, n)

	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			sortꞏsymMerge_func(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			sortꞏsymMerge_func(data, a, m, n)
		}
		blockSize *= 2
	}
}

//line sort/zsortfunc.go:378
func sortꞏsymMerge_func(data sortꞏlessSwap, a, m, b int) {
//line sort/zsortfunc.go:382
	if m-a == 1 {
//line sort/zsortfunc.go:386
		i := m
		j := b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
//line sort/zsortfunc.go:397
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}

//line sort/zsortfunc.go:406
	if b-m == 1 {
//line sort/zsortfunc.go:410
		i := a
		j := m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
//line sort/zsortfunc.go:421
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
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
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}

	end := n - start
	if start < m && m < end {
		sortꞏrotate_func(data, start, m, end)
	}
	if a < start && start < mid {
		sortꞏsymMerge_func(data, a, start, mid)
	}
	if mid < end && end < b {
		sortꞏsymMerge_func(data, mid, end, b)
	}
}

//line sort/zsortfunc.go:464
func sortꞏrotate_func(data sortꞏlessSwap, a, m, b int) {
	i := m - a
	j := b - m

	for i != j {
		if i > j {
			sortꞏswapRange_func(data, m-i, m, j)
			i -= j
		} else {
			sortꞏswapRange_func(data, m-i, m+j-i, i)
			j -= i
		}
	}
//line sort/zsortfunc.go:478
	sortꞏswapRange_func(data, m-i, m, i)
}

//line sort/zsortfunc.go:0
func sortꞏswapper(x any) func(i, j int) {
	ꞏsort.checkSlice(x)
	return func(i, j int) { ꞏsort.swap(x, i, j) }
}

//line sort/zsortfunc.go:0
func sortꞏbitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}
