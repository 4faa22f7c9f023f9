// The common misuse: Add inside each goroutine, then Wait, then read what they
// wrote. Whether Wait finds the counter at 0 (and returns at once: the reads race
// the writes) or above 0 (it blocks: the Adds race the Wait), a race is reported.
// (The sleep keeps the workers running until main is in Wait; it orders nothing.)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var data [3]int
	fin := make(chan bool, 3)
	for i := 0; i < 3; i++ {
		go func() {
			wg.Add(1)
			time.Sleep(50 * time.Millisecond)
			data[i] = i + 1
			wg.Done()
			fin <- true
		}()
	}
	wg.Wait()
	sum := data[0] + data[1] + data[2]
	for i := 0; i < 3; i++ {
		<-fin
	}
	fmt.Println(sum >= 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 3
race-reports: [[["read", "main.main main.go:27"], ["write", "main.main.func1 main.go:21"]]]
stdout:
true
*/
