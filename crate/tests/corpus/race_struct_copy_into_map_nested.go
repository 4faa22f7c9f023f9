// A struct copied into a map reads its nested struct's array too: m["k"] = o
// races a goroutine's write of o.in.buf[3].
package main

import "fmt"

type inner struct {
	buf [4]byte
}

type outer struct {
	id int
	in inner
}

func main() {
	var o outer
	m := map[string]outer{}
	ch := make(chan bool)
	go func() {
		o.in.buf[3] = 7
		ch <- true
	}()
	m["k"] = o
	<-ch
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:24"], ["write", "main.main.func1 main.go:21"]]]
stdout:
1
*/
