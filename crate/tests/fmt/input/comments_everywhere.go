// Package main shows comments in odd places.
//
// It has a code block:
//
//	go run main.go
//
// and ends here.
package main

import (
	"fmt" // printing
	// sync is next
	"sync"
)

/*
   A block comment
   over several lines.
*/
type (
	// T is a thing.
	T struct {
		A int `json:"a"` // tagged
		B string
		sync.Mutex // embedded
		*fmt.Stringer
	}
	// I is an interface.
	I interface {
		M(x int) (y int, err error) // a method
		F
	}
	E struct{}
	F interface{}
	G struct{ x, y int }
)

func main() { // opening
	// first
	x := 1 // one
	if x > 0 {
		// inside if
		fmt.Println("pos")
	} else {
		fmt.Println("neg") // neg
	}
	switch x {
	// before the first case
	case 1:
		// in case 1
		fmt.Println(1)
	// before default
	default:
	}
	fmt.Println( // open paren
		x, // first arg
		2, /* second */
	)
	var t T
	fmt.Println(t.A, t.B) /* after */ // and line
	// last
}

// trailing comment at the end of the file
