// Control flow: labeled break/continue, switch with fallthrough, goto-free loops, range over int.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
	case 4, 5:
		fmt.Println("four-five")
	}
	fmt.Println(grade(95), grade(85), grade(10))
	sum := 0
	for i := range 5 {
		sum += i
	}
	fmt.Println(sum)
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	for {
		n--
		if n < 3 {
			break
		}
	}
	fmt.Println(n)
	arr := [...]string{"a", "b", "c"}
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println(len(arr))
	switch s := "go"; {
	case s == "go":
		fmt.Println("gopher")
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0 0 0 1 1 0 1 1
two
three
A B C
10
6
2
0123
gopher
*/
