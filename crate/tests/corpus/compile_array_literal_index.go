// gc's errors for bad indices in array and slice literals.
package main

func main() {
	_ = []int{1: 1, 1: 2}
	_ = [2]int{1, 2, 3}
	_ = [...]int{0: 1, 2, 0: 3}
	_ = [3]int{5: 1}
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:5:18: duplicate index 1 in array or slice literal
main.go:6:19: index 2 is out of bounds (>= 2)
main.go:7:24: duplicate index 0 in array or slice literal
main.go:8:13: invalid argument: index 5 out of bounds [0:3]
*/
