// A range racing assignments: "concurrent map iteration and map write",
// thrown inside internal/runtime/maps.(*Iter).Next.
package main

import "fmt"

func main() {
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			m[i%100] = i
		}
	}()
	for i := 0; i < 1000000; i++ {
		for range m {
		}
	}
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: fatal error: concurrent map iteration and map write
fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "internal/runtime/maps.(*Iter).Next internal/runtime/maps/table.go:882", "main.main"]]
stdout:
*/
