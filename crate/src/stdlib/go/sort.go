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

func (r *sortꞏxorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

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

func (r sortꞏreverse) Less(i, j int) bool {
	return r.sortꞏInterface.Less(j, i)
}

func (r sortꞏreverse) Len() int { return r.sortꞏInterface.Len() }

func (r sortꞏreverse) Swap(i, j int) { r.sortꞏInterface.Swap(i, j) }

func sortꞏReverse(data sortꞏInterface) sortꞏInterface {
	return &sortꞏreverse{data}
}

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

func (x sortꞏIntSlice) Len() int           { return len(x) }
func (x sortꞏIntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x sortꞏIntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func (x sortꞏIntSlice) Sort() { sortꞏSort(x) }

type sortꞏFloat64Slice []float64

func (x sortꞏFloat64Slice) Len() int { return len(x) }

func (x sortꞏFloat64Slice) Less(i, j int) bool { return x[i] < x[j] || (sortꞏisNaN(x[i]) && !sortꞏisNaN(x[j])) }
func (x sortꞏFloat64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func sortꞏisNaN(f float64) bool {
	return f != f
}

func (x sortꞏFloat64Slice) Sort() { sortꞏSort(x) }

type sortꞏStringSlice []string

func (x sortꞏStringSlice) Len() int           { return len(x) }
func (x sortꞏStringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x sortꞏStringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func (x sortꞏStringSlice) Sort() { sortꞏSort(x) }

func sortꞏInts(x []int) { ꞏslices.Sort(x) }

func sortꞏFloat64s(x []float64) { ꞏslices.Sort(x) }

func sortꞏStrings(x []string) { ꞏslices.Sort(x) }

func sortꞏIntsAreSorted(x []int) bool { return ꞏslices.IsSorted(x) }

func sortꞏFloat64sAreSorted(x []float64) bool { return ꞏslices.IsSorted(x) }

func sortꞏStringsAreSorted(x []string) bool { return ꞏslices.IsSorted(x) }

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

func sortꞏSlice(x any, less func(i, j int) bool) {
	swap := sortꞏswapper(x)
	length := ꞏsort.length(x)
	limit := sortꞏbitsLen(uint(length))
	sortꞏpdqsort_func(sortꞏlessSwap{less, swap}, 0, length, limit)
}

func sortꞏSliceStable(x any, less func(i, j int) bool) {
	swap := sortꞏswapper(x)
	sortꞏstable_func(sortꞏlessSwap{less, swap}, ꞏsort.length(x))
}

func sortꞏSliceIsSorted(x any, less func(i, j int) bool) bool {
	n := ꞏsort.length(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func sortꞏSearch(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
		if !f(h) {
			i = h + 1 // preserves f(i-1) == false
		} else {
			j = h // preserves f(j) == true
		}
	}
	return i
}

func sortꞏFind(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
		if cmp(h) > 0 {
			i = h + 1 // preserves cmp(i-1) > 0
		} else {
			j = h // preserves cmp(j) <= 0
		}
	}
	return i, i < n && cmp(i) == 0
}

func sortꞏSearchInts(a []int, x int) int {
	return sortꞏSearch(len(a), func(i int) bool { return a[i] >= x })
}

func sortꞏSearchFloat64s(a []float64, x float64) int {
	return sortꞏSearch(len(a), func(i int) bool { return a[i] >= x })
}

func sortꞏSearchStrings(a []string, x string) int {
	return sortꞏSearch(len(a), func(i int) bool { return a[i] >= x })
}

func (p sortꞏIntSlice) Search(x int) int { return sortꞏSearchInts(p, x) }

func (p sortꞏFloat64Slice) Search(x float64) int { return sortꞏSearchFloat64s(p, x) }

func (p sortꞏStringSlice) Search(x string) int { return sortꞏSearchStrings(p, x) }

func sortꞏinsertionSort_func(data sortꞏlessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

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

func sortꞏheapSort_func(data sortꞏlessSwap, a, b int) {
	first := a
	lo := 0
	hi := b - a

	for i := (hi - 1) / 2; i >= 0; i-- {
		sortꞏsiftDown_func(data, i, hi, first)
	}

	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		sortꞏsiftDown_func(data, lo, i, first)
	}
}

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

		if limit == 0 {
			sortꞏheapSort_func(data, a, b)
			return
		}

		if !wasBalanced {
			sortꞏbreakPatterns_func(data, a, b)
			limit--
		}

		pivot, hint := sortꞏchoosePivot_func(data, a, b)
		if hint == sortꞏdecreasingHint {
			sortꞏreverseRange_func(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = sortꞏincreasingHint
		}

		if wasBalanced && wasPartitioned && hint == sortꞏincreasingHint {
			if sortꞏpartialInsertionSort_func(data, a, b) {
				return
			}
		}

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

		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
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
			i = sortꞏmedianAdjacent_func(data, i, &swaps)
			j = sortꞏmedianAdjacent_func(data, j, &swaps)
			k = sortꞏmedianAdjacent_func(data, k, &swaps)
		}
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

func sortꞏorder2_func(data sortꞏlessSwap, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func sortꞏmedian_func(data sortꞏlessSwap, a, b, c int, swaps *int) int {
	a, b = sortꞏorder2_func(data, a, b, swaps)
	b, c = sortꞏorder2_func(data, b, c, swaps)
	a, b = sortꞏorder2_func(data, a, b, swaps)
	return b
}

func sortꞏmedianAdjacent_func(data sortꞏlessSwap, a int, swaps *int) int {
	return sortꞏmedian_func(data, a-1, a, a+1, swaps)
}

func sortꞏreverseRange_func(data sortꞏlessSwap, a, b int) {
	i := a
	j := b - 1
	for i < j {
		data.Swap(i, j)
		i++
		j--
	}
}

func sortꞏswapRange_func(data sortꞏlessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

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

func sortꞏsymMerge_func(data sortꞏlessSwap, a, m, b int) {
	if m-a == 1 {
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
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}

	if b-m == 1 {
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
	sortꞏswapRange_func(data, m-i, m, i)
}

func sortꞏswapper(x any) func(i, j int) {
	ꞏsort.checkSlice(x)
	return func(i, j int) { ꞏsort.swap(x, i, j) }
}

func sortꞏbitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}
