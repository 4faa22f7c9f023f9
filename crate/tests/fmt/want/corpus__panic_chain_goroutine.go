// The chain in a goroutine other than main's.
package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("worker %d: %v", id, r))
		}
	}()
	var p *struct{ n int }
	fmt.Println(p.n)
}

func main() {
	go worker(7)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: invalid memory address or nil pointer dereference [recovered]
stderr-funcs: main.worker.func1 main.worker created-by:main.main
stdout:
*/
