// Sending on a closed channel panics.
package main

func main() {
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: send on closed channel
stdout:
*/
