// A semaphore of capacity 2 admits both goroutines at once (Go's TestRaceChanSem):
// with only two sends, no receive is ordered before a send, so the writes race.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	mtx := make(chan bool, 2)
	data := 0
	go func() {
		mtx <- true
		data = 42
		<-mtx
		done <- struct{}{}
	}()
	mtx <- true
	data = 43
	<-mtx
	<-done
	fmt.Println(data > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["write", "main.main main.go:18"], ["write", "main.main.func1 main.go:13"]]]
stdout:
true
*/
