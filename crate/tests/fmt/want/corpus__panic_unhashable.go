// An interface key holding a slice cannot be hashed.
package main

func main() {
	m := map[interface{}]int{}
	m[[]int{1}] = 1
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: hash of unhashable type []int
stdout:
*/
