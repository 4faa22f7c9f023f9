// A three-stage pipeline: ownership moves with each value.
package main

import "fmt"

func main() {
	gen := make(chan []int)
	sq := make(chan []int)
	go func() {
		for i := 1; i <= 3; i++ {
			gen <- []int{i, i + 1}
		}
		close(gen)
	}()
	go func() {
		for s := range gen {
			for j := range s {
				s[j] *= s[j]
			}
			sq <- s
		}
		close(sq)
	}()
	for s := range sq {
		fmt.Println(s)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[1 4]
[4 9]
[9 16]
*/
