package main

import "fmt"

func main() {
	x := 0
	y := 1
	for {
		x++
		if x > 3 {
			break
		}
	}
	if x > y {
		fmt.Println("x")
	}
	for y < 5 {
		y++
	}
	switch x {
	case 1:
		fmt.Println(1)
	case 4:
		fmt.Println(4)
	}
	var f func() int
	f = func() int { return 7 }
	fmt.Println(x, y, f())
}
