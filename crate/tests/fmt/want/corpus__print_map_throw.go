// Printing a map iterates it, so printing while another goroutine writes
// dies like a range would: "concurrent map iteration and map write".
package main

import "fmt"

func main() {
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			m[i%100] = i
		}
	}()
	for i := 0; i < 100000; i++ {
		_ = fmt.Sprint(m)
	}
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: yes
stderr-first-line: fatal error: concurrent map iteration and map write
stdout:
*/
