// string(data) racing a copy that overwrites the slice (Go's TestRaceSlice4).
package main

import (
	"fmt"
	"sync"
)

func main() {
	data := []byte("hello there")
	var wg sync.WaitGroup
	n := 0
	wg.Add(1)
	go func() {
		n = len(string(data))
		wg.Done()
	}()
	copy(data, data[2:])
	wg.Wait()
	fmt.Println(n, string(data))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
11 llo therere
*/
