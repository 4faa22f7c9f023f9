// The gallery: one example per situation people write about, each with what
// real Go does (checked with go1.27.3 and recorded beside the program in
// examples/), why, and what the popular claim gets wrong where it does.
// An example may set Explore's controls (`explore`), so that what its text
// promises Explore shows is what Explore's defaults find (an e2e test checks).

import writesDifferentKeys from "../examples/01-writes-different-keys.go?raw";
import readDuringWrite from "../examples/02-read-during-write.go?raw";
import rangeDuringWrite from "../examples/03-range-during-write.go?raw";
import deleteWhileRanging from "../examples/04-delete-while-ranging.go?raw";
import appendWhileRanging from "../examples/05-append-while-ranging.go?raw";
import appendFromGoroutine from "../examples/06-append-from-goroutine.go?raw";
import rwmutexCache from "../examples/07-rwmutex-cache.go?raw";
import syncmapRegistry from "../examples/08-syncmap-registry.go?raw";
import syncmapCheckThenAct from "../examples/09-syncmap-check-then-act.go?raw";
import sharded from "../examples/10-sharded.go?raw";
import deferredStats from "../examples/11-deferred-stats.go?raw";
import sliceAppend from "../examples/12-slice-append.go?raw";

/** Drops the trailing record of what real Go did (it is for the tests). */
function code(src) {
  const i = src.indexOf("/* real Go ");
  return (i < 0 ? src : src.slice(0, i)).trimEnd() + "\n";
}

export const EXAMPLES = [
  {
    id: "writes-different-keys",
    title: "Writers on different keys",
    code: code(writesDifferentKeys),
    verdict: "data race · usually ends ok",
    // Explore's settings for this example: its throw needs a switch inside a
    // write, which PCT's 200 default runs find at map/channel/lock granularity
    // (3 of 200) but not when a switch may fall on any instruction (0 of 200).
    explore: { granularity: "sync" },
    text: `Four goroutines each write their own key. It is still a data race: a Go map is one object, and a write may move the entries of other keys, so "different keys" protects nothing — in Go 1.24+ (swiss tables) the insert that fills a table rehashes all of it into a table of twice the capacity (a real Go 1.27.3 map made its first table at insert 9 and grew at inserts 15, 29 and 57), in Go ≤ 1.23 (buckets) growth evacuates whole buckets. go run -race reports it on every run. The runtime's own check (fatal error: concurrent map writes) fires only if two writes overlap at the exact moment one holds the map's writing flag (hashWriting in Go ≤ 1.23) — yet on two CPUs they do: real Go 1.27.3 ended ok in 283 of 400 recorded runs and threw in 117 (about 3 in 10; on one CPU never). Press Explore to see how often each ending happens, then open the schedule that throws.`,
  },
  {
    id: "read-during-write",
    title: "Reading while another goroutine writes",
    code: code(readDuringWrite),
    verdict: "data race · the throw is rare",
    text: `Articles say this "stably reproduces" fatal error: concurrent map read and map write. Real Go 1.27.3 ended ok in every one of 400 recorded runs (on one CPU and on two): the reader only throws when its lookup happens while the writer holds the map's writing flag (in Go 1.24+ the swiss map's writing; hashWriting in Go ≤ 1.23's buckets). The race detector, which reasons about happens-before rather than timing, reports it every time. In the timeline, the red arrow joins a write and a read that nothing orders.`,
  },
  {
    id: "range-during-write",
    title: "Ranging while another goroutine writes",
    code: code(rangeDuringWrite),
    verdict: "data race · the throw is best effort",
    text: `The claim: since Go 1.21 this panics deterministically. It does not — each step of the iterator checks the map's writing flag (in Go 1.24+ (*Iter).Next checks the swiss map's writing; in Go ≤ 1.23 mapiternext checks hashWriting), so it throws (fatal error: concurrent map iteration and map write) only when a step lands inside a write. A fatal error is not a panic: recover cannot stop it. The race detector flags the program on every run.`,
  },
  {
    id: "delete-while-ranging",
    title: "Deleting during range (one goroutine)",
    code: code(deleteWhileRanging),
    verdict: "no race · always ok",
    text: `"Panics immediately" and "undefined behaviour" are both wrong. The Go spec defines it: an entry removed before the iteration reaches it is not produced. One goroutine, no concurrency, nothing to detect. Step through the map view to watch the removed entries leave while the iterator moves on: in Go 1.24+ (swiss tables) a map of ≤ 8 entries is a single group, and each delete sets its slot's control byte back to empty (80); with Go ≤ 1.23 (buckets) chosen, the slots turn into emptyOne/emptyRest.`,
  },
  {
    id: "append-while-ranging",
    title: "Appending to slice values during range",
    code: code(appendWhileRanging),
    verdict: "no race · always ok",
    text: `The claim: growing a slice stored in the map "reshuffles the map and breaks the iterator". A slice's backing array is not map memory; m[k] = append(m[k], …) only updates an existing key, which never grows the map. Real Go prints 3 4 every time.`,
  },
  {
    id: "append-from-goroutine",
    title: "Appending from a goroutine while main ranges",
    code: code(appendFromGoroutine),
    verdict: "data race · usually ends ok",
    text: `Now the same update runs in another goroutine while main ranges: a race between the writer's map assignment and main's iteration, reported by -race on every run. The article says main's range "panics"; in real Go it almost never does — the throw needs the iterator to step exactly while the write holds the flag.`,
  },
  {
    id: "rwmutex-cache",
    title: "The fix: an RWMutex",
    code: code(rwmutexCache),
    verdict: "no race · always ok",
    text: `Every access goes through the lock: readers share RLock, writers take Lock. Unlock happens before the next Lock or RLock, so every pair of accesses is ordered and the race detector stays quiet. The timeline shows goroutines blocking on the lock and waking when it is handed over.`,
  },
  {
    id: "syncmap-registry",
    title: "sync.Map LoadOrStore",
    code: code(syncmapRegistry),
    verdict: "no race · always ok",
    text: `Concurrent LoadOrStore calls are safe: each call is atomic, and the first store for a key wins. And sync.Map can be ranged over — with its Range method. The map view shows its two halves: read (lock-free) and dirty (under the mutex), and how misses promote dirty to read.`,
  },
  {
    id: "syncmap-check-then-act",
    title: "Check-then-act on sync.Map",
    code: code(syncmapCheckThenAct),
    verdict: "no data race · lost updates",
    text: `Each Load and Store is atomic; the pair is not. Two goroutines can both load 3 and both store 4. The race detector says nothing — there is no data race, only a logic race — and real Go sometimes prints fewer than 8. Explore shows the distinct outputs and the schedules that lose updates.`,
  },
  {
    id: "sharded",
    title: "A sharded map",
    code: code(sharded),
    verdict: "no race · always ok",
    text: `Each shard has its own mutex (embedded, so s.Lock() works), and a key always lands in the same shard, so writers to different shards never wait on each other and every access to one shard is ordered by its lock.`,
  },
  {
    id: "deferred-stats",
    title: "A deferred counter in handlers",
    code: code(deferredStats),
    verdict: "data race · occasionally throws",
    text: `Moving calls[path]++ into a deferred function changes nothing: it still runs in the handler's goroutine, concurrently with the others. calls[path]++ is a map read and a map write, racing with every other handler. On two CPUs real Go ended in fatal error: concurrent map writes in about 1 of 4 runs (101 of 400 recorded), on one CPU never.`,
  },
  {
    id: "slice-append",
    title: "Appending to a shared slice",
    code: code(sliceAppend),
    verdict: "data race · usually ends ok",
    text: `Not a map at all, but the same mistake: append reads and writes the slice header (and may write the shared backing array) from several goroutines at once. There is no runtime check for slices, so no fatal error tells you — appends are silently lost (real Go printed true in 399 of 400 recorded runs on two CPUs; once a torn slice header crashed it with a nil pointer dereference). Only the race detector tells you every time.`,
  },
];
