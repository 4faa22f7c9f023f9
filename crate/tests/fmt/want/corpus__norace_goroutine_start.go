// Everything before the go statement happens before the goroutine starts.
package main

import "fmt"

func main() {
	cfg := map[string]string{"mode": "fast"}
	done := make(chan string)
	go func() {
		done <- cfg["mode"]
	}()
	fmt.Println(<-done)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
fast
*/
