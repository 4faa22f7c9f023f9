// The program ends when main returns, whatever other goroutines are doing.
package main

import "fmt"

func main() {
	go func() {
		for {
		}
	}()
	fmt.Println("main done")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
main done
*/
