// Structs are values: copies, comparison, pointers, embedding and promoted methods.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Grow()           { a.Legs++ }

type Dog struct {
	Animal
	Breed string
}

type Pair struct {
	A, B int
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	d.Grow()
	fmt.Println(d.Describe(), d.Name, d.Breed)
	fmt.Printf("%v %+v\n", d, d)
	p := Pair{1, 2}
	q := p
	q.A = 100
	fmt.Println(p, q, p == Pair{1, 2}, p != q)
	pp := &Pair{B: 5}
	pp.A = 7
	fmt.Println(*pp, pp.A+pp.B)
	arr := [2]Pair{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].A = 9
	fmt.Println(arr, arr2, arr == arr2)
	ps := []Pair{{1, 2}}
	ps[0].B = 3
	for _, x := range ps {
		x.A = 50
	}
	fmt.Println(ps)
	ptrs := []*Pair{{1, 2}, {3, 4}}
	for _, x := range ptrs {
		x.A *= 10
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	anon := struct {
		X int
		Y string
	}{1, "y"}
	fmt.Println(anon)
	var z Pair
	fmt.Println(z)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
rex has 5 legs rex lab
{{rex 5} lab} {Animal:{Name:rex Legs:5} Breed:lab}
{1 2} {100 2} true true
{7 5} 12
[{1 1} {2 2}] [{9 1} {2 2}] false
[{1 3}]
{10 2} {30 4}
{1 y}
{0 0}
*/
