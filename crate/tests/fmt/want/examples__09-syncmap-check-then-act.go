// Load, add one, Store: each call is atomic, the sequence is not.
// No data race is reported, yet increments get lost.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var views sync.Map
	views.Store("home", 0)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _ := views.Load("home")
			views.Store("home", v.(int)+1)
		}()
	}
	wg.Wait()
	v, _ := views.Load("home")
	fmt.Println(v) // 8, unless an update was lost
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout-seen: ["8\n", "1\n", "4\n", "6\n", "7\n", "3\n"]
stdout: varies
*/
