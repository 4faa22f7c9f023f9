package main

import "fmt"

// point is a place.
type point struct {
	x       int    // across
	yy      int    // down
	label   string // a name
	visible bool
}

const (
	small  = 1   // one
	medium = 10  // ten
	large  = 100 // a hundred
)

var (
	counts = map[string]int{}       // by name
	total  int                      // sum
	name   string             = "m" // label
)

func main() {
	p := point{x: 1, yy: 2, label: "a"}                       // a point
	fmt.Println(p, small, medium, large, counts, total, name) // print all
	/* a block comment */ fmt.Println("after")
	fmt.Println("x" /* inline */, 1)
	// trailing comment at the end of a block
}
