package main

import (
	"fmt"
	"sync"
)

type T struct {
	a int
	b string
}

var x, y = 1, 2

func f(a, b int) (int, error) { return a + b, nil }
func main() {
	var wg sync.WaitGroup
	m := map[string]int{"one": 1, "two": 2}
	for k, v := range m {
		wg.Add(1)
		go func(k string, v int) { defer wg.Done(); fmt.Println(k, v) }(k, v)
	}
	wg.Wait()
	t := T{a: 1, b: "x"}
	fmt.Println(t, x, y)
	if n, err := f(1, 2); err == nil {
		fmt.Println(n)
	} else {
		fmt.Println(err)
	}
	switch {
	case x > y:
		fmt.Println(">")
	default:
		fmt.Println("<=")
	}
}
