// A goroutine writes what main read, 300 ms after main returned. Under
// go run it never runs; under go run -race the race runtime sleeps a second
// at exit (atexit_sleep_ms) while another goroutine is alive, the write
// happens in that second, and the race is reported every time.
package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	go func() {
		time.Sleep(300 * time.Millisecond)
		x = 1
	}()
	fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:18"], ["write", "main.main.func1 main.go:16"]]]
stdout:
0
*/
