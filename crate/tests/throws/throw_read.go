// A lookup racing assignments: "concurrent map read and map write".
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
		_ = m[i%100]
	}
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0,2
race: no
stderr-first-line: fatal error: concurrent map read and map write
fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "main.main"]]
stdout-seen: ["", "0\n", "100\n"]
stdout: varies
*/
