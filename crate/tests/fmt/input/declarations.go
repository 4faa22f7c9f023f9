package main

import "fmt"

type Kind int

const (
	KA Kind = iota // first
	KB             // second
	KC
	_
	KD = 10
)

const single = "one"

var (
	aa, bb int = 1, 2
	cc         = "three"
	dddd       []int
)

type Alias = Kind

type Pair struct {
	Left, Right int
	name        string
}

func (p Pair) Sum() int { return p.Left + p.Right }

func (p *Pair) SetName(name string,
	extra ...string) {
	p.name = name
}

func multi() (int,
	string) {
	return 1,
		"a"
}

func variadic(format string, args ...interface{}) string {
	return fmt.Sprintf(format, args...)
}

func noBody(a int, b int, c string) (x int, y string) {
	return a + b, c
}

func main() {
	var p Pair
	p.SetName("n")
	x, y := multi()
	fmt.Println(p.Sum(), x, y, variadic("%d", 1), KA, KB, KC, KD, single, aa, bb, cc, dddd, Alias(1))
	fmt.Println(noBody(1, 2, "c"))
	goto end
end:
	fmt.Println("end")
}
