package main

import "fmt"

var a = 1

func f() int {

	x := 1

	y := 2

	return x + y

}

func main() {
	fmt.Println(f(), a)

}
