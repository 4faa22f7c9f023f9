// swiss_layout reads a real Go map's internals through unsafe and prints, for
// n = 1…N inserts of 0…n-1 into make(map[int]int), the map's directory and
// tables, so maprace's swiss model (crate/src/gomap/swiss.rs) can be checked
// against the real runtime (crate/tests/swiss.rs reads the output, written to
// crate/tests/swiss_growth.txt by swiss_record.sh).
//
// The structs below mirror Go 1.27's internal/runtime/maps (Map, table,
// groupsReference) and internal/abi (Type, MapType) field for field; the
// program refuses to run under another Go version, since a layout change
// would make it read garbage.
//
// Output (one item per line):
//
//	go <version>
//	layout groupSize <bytes> keysOff <o> keyStride <s> elemsOff <o> elemStride <s>
//	seed <hex>                       the map's hash seed (inserts never re-seed)
//	hash <hex>                       Go's hash of key k under that seed, k = 0…N+1499 in order
//	n <n> dir <dirLen> depth <globalDepth> caps <capacities> digest <hex>
//	tables <n> <cap:used:growthLeft:localDepth:index ...>
//	iter <n> <k1,k2,…>               a range over the map at n (several per n, in 4 sizes)
//	op <i> dir <dirLen> depth <globalDepth> caps <capacities> digest <hex>   after the i-th op of opScript (every 50th, and the last)
//	optables <i> <cap:used:growthLeft:localDepth:index ...>                  when the shape changed, and after the last op
//	hint <h> dir <dirLen> depth <globalDepth> caps <capacities>   make(map[int]int, h), before any insert
//
// caps lists each distinct table's capacity in directory order, runs written
// as 1024x3 ("small" for a small map, dirLen 0); a tables line follows
// whenever the directory or a capacity changed (and for n = 1…20), giving
// every table's fields; digest is FNV-1a 64 over the map's used, dirLen and
// globalDepth, then per distinct table its capacity, used, growthLeft,
// localDepth and index, then every group's control word and the key in each
// full slot (a small map: its one group's control word and keys), each as a
// little-endian uint64; its low 32 bits are printed.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"unsafe"
)

// internal/abi.Type
type abiType struct {
	Size_       uintptr
	PtrBytes    uintptr
	Hash        uint32
	TFlag       uint8
	Align_      uint8
	FieldAlign_ uint8
	Kind_       uint8
	Equal       func(unsafe.Pointer, unsafe.Pointer) bool
	GCData      *byte
	Str         int32
	PtrToThis   int32
}

// internal/abi.MapType
type mapType struct {
	abiType
	Key        *abiType
	Elem       *abiType
	Group      *abiType
	Hasher     func(unsafe.Pointer, uintptr) uintptr
	GroupSize  uintptr
	KeysOff    uintptr
	KeyStride  uintptr
	ElemsOff   uintptr
	ElemStride uintptr
	ElemOff    uintptr
	Flags      uint32
}

// internal/runtime/maps.Map
type swissMap struct {
	used              uint64
	seed              uintptr
	dirPtr            unsafe.Pointer
	dirLen            int
	globalDepth       uint8
	globalShift       uint8
	writing           uint8
	tombstonePossible bool
	clearSeq          uint64
}

// internal/runtime/maps.groupsReference
type groupsReference struct {
	data       unsafe.Pointer
	lengthMask uint64
}

// internal/runtime/maps.table
type table struct {
	used       uint16
	capacity   uint16
	growthLeft uint16
	localDepth uint8
	index      int
	groups     groupsReference
}

type fnv uint64

func (h *fnv) add(v uint64) {
	for i := 0; i < 8; i++ {
		*h ^= fnv(v >> (8 * i) & 0xff)
		*h *= 1099511628211
	}
}

func main() {
	if !strings.HasPrefix(runtime.Version(), "go1.27") {
		fmt.Fprintln(os.Stderr, "swiss_layout mirrors Go 1.27's map layout; this is", runtime.Version())
		os.Exit(1)
	}
	N := 5000
	if len(os.Args) > 1 {
		N, _ = strconv.Atoi(os.Args[1])
	}
	m := make(map[int]int)
	var e any = m
	mt := (*mapType)((*[2]unsafe.Pointer)(unsafe.Pointer(&e))[0])
	mp := *(**swissMap)(unsafe.Pointer(&m))

	out := &strings.Builder{}
	fmt.Fprintf(out, "go %s\n", runtime.Version())
	fmt.Fprintf(out, "layout groupSize %d keysOff %d keyStride %d elemsOff %d elemStride %d\n",
		mt.GroupSize, mt.KeysOff, mt.KeyStride, mt.ElemsOff, mt.ElemStride)

	ctrl := func(g unsafe.Pointer) uint64 { return *(*uint64)(g) }
	key := func(g unsafe.Pointer, i uintptr) uint64 {
		return *(*uint64)(unsafe.Add(g, mt.KeysOff+i*mt.KeyStride))
	}
	group := func(t *table, i uint64) unsafe.Pointer {
		return unsafe.Add(t.groups.data, uintptr(i)*mt.GroupSize)
	}
	digestGroup := func(h *fnv, g unsafe.Pointer) {
		c := ctrl(g)
		h.add(c)
		for i := uintptr(0); i < 8; i++ {
			if (c>>(8*i))&0x80 == 0 { // full
				h.add(key(g, i))
			}
		}
	}

	// read returns the map's shape, its tables' fields and the digest.
	read := func() (string, string, uint32) {
		h := fnv(14695981039346656037)
		h.add(mp.used)
		h.add(uint64(mp.dirLen))
		h.add(uint64(mp.globalDepth))
		var tabs, caps []string
		if mp.dirLen == 0 {
			tabs = append(tabs, "small")
			caps = append(caps, "small")
			digestGroup(&h, mp.dirPtr)
		} else {
			dir := unsafe.Slice((**table)(mp.dirPtr), mp.dirLen)
			for i, t := range dir {
				if i > 0 && dir[i-1] == t {
					continue
				}
				caps = append(caps, fmt.Sprint(t.capacity))
				tabs = append(tabs, fmt.Sprintf("%d:%d:%d:%d:%d", t.capacity, t.used, t.growthLeft, t.localDepth, t.index))
				h.add(uint64(t.capacity))
				h.add(uint64(t.used))
				h.add(uint64(t.growthLeft))
				h.add(uint64(t.localDepth))
				h.add(uint64(t.index))
				for gi := uint64(0); gi <= t.groups.lengthMask; gi++ {
					digestGroup(&h, group(t, gi))
				}
			}
		}
		shape := fmt.Sprintf("dir %d depth %d caps %s", mp.dirLen, mp.globalDepth, runs(caps))
		return shape, strings.Join(tabs, " "), uint32(h)
	}

	var lines []string
	lastShape := ""
	for n := 1; n <= N; n++ {
		m[n-1] = n - 1
		if n == 1 {
			fmt.Fprintf(out, "seed %x\n", mp.seed)
		}
		shape, tabs, h := read()
		lines = append(lines, fmt.Sprintf("n %d %s digest %08x", n, shape, h))
		if shape != lastShape || n <= 20 {
			lines = append(lines, fmt.Sprintf("tables %d %s", n, tabs))
		}
		lastShape = shape
		if n == 5 || n == 8 || n == 100 || n == 1500 {
			for r := 0; r < 4; r++ {
				var ks []string
				for k := range m {
					ks = append(ks, strconv.Itoa(k))
				}
				lines = append(lines, fmt.Sprintf("iter %d %s", n, strings.Join(ks, ",")))
			}
		}
	}
	// Deletes and re-inserts over the same map (the seed stays: it is
	// re-drawn only when a delete empties the map, or on clear).
	ops := opScript(N)
	for i, o := range ops {
		if o.insert {
			m[o.key] = o.key
		} else {
			delete(m, o.key)
		}
		if (i+1)%50 == 0 || i+1 == len(ops) {
			shape, tabs, h := read()
			lines = append(lines, fmt.Sprintf("op %d %s digest %08x", i+1, shape, h))
			if shape != lastShape || i+1 == len(ops) {
				lines = append(lines, fmt.Sprintf("optables %d %s", i+1, tabs))
			}
			lastShape = shape
		}
	}
	for _, hint := range []int{0, 1, 8, 9, 14, 15, 16, 100, 896, 897, 1000, 1792, 1793, 5000, 100000} {
		lines = append(lines, hintShape(hint))
	}
	seed := mp.seed
	for k := 0; k < N+1500; k++ {
		kk := k
		fmt.Fprintf(out, "hash %x\n", mt.Hasher(unsafe.Pointer(&kk), seed))
	}
	for _, l := range lines {
		out.WriteString(l + "\n")
	}
	os.Stdout.WriteString(out.String())
}

// runs writes repeated items as item x count: [1024 1024 512] → "1024x2 512".
func runs(xs []string) string {
	var out []string
	for i := 0; i < len(xs); {
		j := i
		for j < len(xs) && xs[j] == xs[i] {
			j++
		}
		if j-i > 1 {
			out = append(out, fmt.Sprintf("%sx%d", xs[i], j-i))
		} else {
			out = append(out, xs[i])
		}
		i = j
	}
	return strings.Join(out, ",")
}

// sink makes the maps of hintShape escape, as a map shared between
// goroutines does: a map that stays on the stack gets its small group from
// the compiler, a heap map with a hint ≤ 8 has none until the first insert.
var sink any

// hintShape reads a fresh make(map[int]int, hint) on the heap.
func hintShape(hint int) string {
	m := make(map[int]int, hint)
	sink = m
	mp := *(**swissMap)(unsafe.Pointer(&m))
	var caps []string
	switch {
	case mp.dirLen == 0 && mp.dirPtr == nil:
		caps = append(caps, "nil")
	case mp.dirLen == 0:
		caps = append(caps, "small")
	default:
		dir := unsafe.Slice((**table)(mp.dirPtr), mp.dirLen)
		for i, t := range dir {
			if i > 0 && dir[i-1] == t {
				continue
			}
			caps = append(caps, fmt.Sprint(t.capacity))
		}
	}
	return fmt.Sprintf("hint %d dir %d depth %d caps %s", hint, mp.dirLen, mp.globalDepth, runs(caps))
}

type op struct {
	insert bool
	key    int
}

// opScript is the deletes and inserts after the N inserts (keys < N+1500):
// delete every third key; insert N…N+999; delete 1000…2999; insert
// N+1000…N+1499; insert every third key again.
func opScript(N int) []op {
	var ops []op
	for k := 0; k < N; k += 3 {
		ops = append(ops, op{false, k})
	}
	for k := N; k < N+1000; k++ {
		ops = append(ops, op{true, k})
	}
	for k := 1000; k < 3000; k++ {
		ops = append(ops, op{false, k})
	}
	for k := N + 1000; k < N+1500; k++ {
		ops = append(ops, op{true, k})
	}
	for k := 0; k < N; k += 3 {
		ops = append(ops, op{true, k})
	}
	return ops
}
