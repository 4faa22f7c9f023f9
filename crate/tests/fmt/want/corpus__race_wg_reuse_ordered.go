// The fixed variant (Go's TestNoRaceWaitGroupReuse2): the next round's Add comes
// after every Wait of the previous round has returned: no race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const P = 3
	var data [P]int
	var wg sync.WaitGroup
	for try := 0; try < 3; try++ {
		wg.Add(P)
		for p := 0; p < P; p++ {
			go func(p int) {
				data[p]++
				wg.Done()
			}(p)
		}
		done := make(chan bool)
		go func() {
			wg.Wait()
			for p := 0; p < P; p++ {
				data[p]++
			}
			done <- true
		}()
		wg.Wait()
		<-done
		for p := 0; p < P; p++ {
			data[p]++
		}
	}
	fmt.Println(data)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[9 9 9]
*/
