// recover() then panic(r) with the same value: printed once, as
// [recovered, repanicked] (Go 1.23).
package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleaning up after", r)
		panic(r)
	}
}

func main() {
	defer cleanup()
	var m map[string]int
	m["k"] = 1
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: assignment to entry in nil map [recovered, repanicked]
stderr-funcs: main.cleanup main.main
stdout:
cleaning up after assignment to entry in nil map
*/
