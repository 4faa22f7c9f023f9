// A panic with a custom message ends the program with exit status 2.
package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("too big: %d", n))
	}
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i)
		check(i)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: too big: 3
stdout:
0
1
2
3
*/
