// Writing to a nil map panics.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"])
	m["x"] = 1
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: assignment to entry in nil map
stdout:
0
*/
