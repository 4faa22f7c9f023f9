// A buffered channel as a counting semaphore (Go's TestNoRaceChanWaitGroup):
// each goroutine writes data[i] and then receives from sem; main then fills sem
// to capacity. The k-th receive happens before the (k+C)-th send completes, so
// every write happens before main's reads: no race.
package main

import "fmt"

func main() {
	const N = 10
	sem := make(chan bool, N/2)
	data := make([]int, N)
	for i := 0; i < N; i++ {
		sem <- true
		go func(i int) {
			data[i] = 42
			<-sem
		}(i)
	}
	for i := 0; i < cap(sem); i++ {
		sem <- true
	}
	sum := 0
	for i := 0; i < N; i++ {
		sum += data[i]
	}
	fmt.Println(sum)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
420
*/
