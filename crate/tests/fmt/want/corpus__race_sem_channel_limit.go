// A semaphore limiting concurrency to 3 of 9 workers; each worker writes its own
// slot and a final fill of the semaphore waits for the last three (no WaitGroup):
// every write happens before main's reads, no race.
package main

import "fmt"

func main() {
	const N, C = 9, 3
	sem := make(chan int, C)
	out := make([]int, N)
	for i := 0; i < N; i++ {
		sem <- i
		go func() {
			out[i] = i * i
			<-sem
		}()
	}
	for i := 0; i < C; i++ {
		sem <- -1
	}
	fmt.Println(out)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[0 1 4 9 16 25 36 49 64]
*/
