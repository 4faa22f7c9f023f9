package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		m[i] = i*i + 1
	}
	x := m[3]*2 + m[4]/2
	y := -x
	z := x - -y
	s := []int{1, 2, 3}[1:2]
	t := s[x-1 : x+1]
	fmt.Println(x, y, z, s, t, len(m))
	if x > 3 && y < 0 || z == 1 {
		fmt.Println("yes")
	}
	var p *int = &x
	fmt.Println(*p**p, x&^3, x<<2|1)
}
