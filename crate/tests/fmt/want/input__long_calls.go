package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(sum(1, 2,
		3, 4), sum([]int{5,
		6}...))
	total := sum(1, 2, 3) +
		sum(4, 5)*
			2
	fmt.Printf("%d %d\n",
		total,
		sum(),
	)
label:
	for i := range 3 {
		if i == 1 {
			continue label
		}
		fmt.Println(i)
	}
}
