// new(expr), Go 1.26: a pointer to a new variable holding the value.
package main

import "fmt"

type Config struct {
	Name    string
	Retries *int
	Verbose *bool
}

func value(n int) int { return n * 2 }

func main() {
	p := new(42)
	s := new("hello")
	f := new(1.5)
	*p++
	fmt.Println(*p, *s, *f)
	fmt.Printf("%T %T %T\n", p, s, f)
	c := Config{Name: "svc", Retries: new(3), Verbose: new(true)}
	fmt.Println(c.Name, *c.Retries, *c.Verbose)
	type P struct{ X, Y int }
	orig := P{1, 2}
	q := new(orig)
	q.X = 10
	fmt.Println(orig, *q)
	r := new(value(21))
	fmt.Println(*r)
	arr := [3]int{1, 2, 3}
	pa := new(arr)
	pa[0] = 9
	fmt.Println(arr, *pa)
	b := new(byte(7))
	fmt.Printf("%T %v\n", b, *b)
	z := new(int)
	fmt.Println(*z, p != r)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
43 hello 1.5
*int *string *float64
svc 3 true
{1 2} {10 2}
42
[1 2 3] [9 2 3]
*uint8 7
0 true
*/
