// Goroutines append to one slice while main reads it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var events []string
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			events = append(events, fmt.Sprint("e", i))
		}()
	}
	seen := len(events)
	wg.Wait()
	fmt.Println(seen <= 5)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
true
*/
