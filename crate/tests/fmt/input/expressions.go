package main

import "fmt"

type pt struct{ x, y int }

func main() {
	a, b, c := 1, 2, 3
	d := a*b + c*a - b/c%2
	e := (a + b) * c
	f := a<<2 | b>>1 ^ c&^a
	g := a == b || b != c && c < a
	h := -a + +b - ^c
	var p *pt = &pt{1, 2}
	q := *&p.x
	r := float64(a) / 2.5E2 * 0X1F
	s := 0O17 + 0B101 + 1_000 + 0x_FF
	t := 1e3i + 0765i
	u := a +
		b +
		c
	v := fmt.Sprintf("%d",
		a) + fmt.
		Sprint(b)
	w := []int{a, b, c}[a:b+c]
	x := w[a+1 : b*2]
	y := w[:]
	z := w[1:2:3]
	ch := make(chan int, 1)
	ch <- a
	var recv <-chan int = ch
	var send chan<- int = ch
	fmt.Println(d, e, f, g, h, q, r, s, t, u, v, x, y, z, <-recv, send != nil, p.y)
	func(i interface{}) {
		if s, ok := i.(fmt.Stringer); ok {
			fmt.Println(s)
		}
	}(nil)
}
