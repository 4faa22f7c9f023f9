// The fixed variant: the print waits for the writer: no race, sorted output.
package main

import "fmt"

func main() {
	m := map[int]string{3: "c", 1: "a"}
	done := make(chan bool)
	go func() {
		m[2] = "b"
		done <- true
	}()
	<-done
	fmt.Println(m)
	fmt.Print(m, "\n")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
map[1:a 2:b 3:c]
map[1:a 2:b 3:c]
*/
