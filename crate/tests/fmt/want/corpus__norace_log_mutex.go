// Two goroutines logging to one Logger: its mutex orders their writes, so the buffer they share is not raced on.
package main

import (
	"bytes"
	"fmt"
	"log"
	"sync"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "", 0)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.Println("hello")
		}()
	}
	wg.Wait()
	fmt.Print(buf.String())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
hello
hello
*/
