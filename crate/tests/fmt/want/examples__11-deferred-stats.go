// Request handlers count calls in a deferred function: the map write still races.
package main

import (
	"fmt"
	"sync"
)

var calls = map[string]int{}

func serve(path string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() { calls[path]++ }()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go serve("/index", &wg)
	}
	wg.Wait()
	fmt.Println(calls["/index"] <= 6)
}

/* real Go go1.27.3 linux/amd64:
exit: 0,2
race: yes
stdout-seen: ["true\n", ""]
stdout: varies
*/
