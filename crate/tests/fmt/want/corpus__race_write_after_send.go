// Writing a value after sending its pointer races with the receiver's read.
package main

import "fmt"

type msg struct{ n int }

func main() {
	ch := make(chan *msg, 1)
	done := make(chan int)
	go func() {
		m := <-ch
		done <- m.n
	}()
	m := &msg{1}
	ch <- m
	m.n = 2
	fmt.Println(<-done > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func1 main.go:13"], ["write", "main.main main.go:17"]]]
stdout:
true
*/
