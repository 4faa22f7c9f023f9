// sync types have only unexported fields: a literal must be empty.
package main

import (
	"sync"
	"sync/atomic"
)

func main() {
	a := sync.Mutex{1}
	b := sync.WaitGroup{state: 1}
	c := atomic.Int64{v: 2}
	d := sync.Map{}
	_, _, _, _ = a, b, c, d
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:10:18: implicit assignment to unexported field _ in struct literal of type "sync".Mutex
main.go:10:19: too few values in struct literal of type "sync".Mutex (type has unexported fields - use key:value pairs)
main.go:11:22: cannot refer to unexported field state in struct literal of type "sync".WaitGroup
main.go:12:20: cannot refer to unexported field v in struct literal of type "sync/atomic".Int64
*/
