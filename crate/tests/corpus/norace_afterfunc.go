// time.AfterFunc runs f in its own goroutine once the timer fires; the
// AfterFunc call happens before f starts, so f sees what was written
// before it, and the channel orders f's writes before main's reads.
package main

import (
	"fmt"
	"time"
)

func main() {
	config := map[string]int{"retries": 3}
	log := []string{"start"}
	done := make(chan bool)
	t := time.AfterFunc(10*time.Millisecond, func() {
		log = append(log, fmt.Sprint("retries=", config["retries"]))
		done <- true
	})
	<-done
	fmt.Println(log, t.Stop())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[start retries=3] false
*/
