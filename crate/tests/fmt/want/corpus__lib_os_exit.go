// os.Exit ends the program at once with its status: deferred calls do not run, other goroutines stop.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	go func() {
		for {
		}
	}()
	fmt.Println("exiting")
	os.Exit(3)
}

/* real Go go1.27.3 linux/amd64:
exit: 3
race: no
stdout:
exiting
*/
