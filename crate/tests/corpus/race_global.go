// A package-level variable written by a goroutine and read by main.
package main

import "fmt"

var ready bool

func main() {
	done := make(chan struct{})
	go func() {
		ready = true
		close(done)
	}()
	if ready {
		fmt.Println("early")
	}
	<-done
	fmt.Println("end")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:14"], ["write", "main.main.func1 main.go:11"]]]
stdout:
end
*/
