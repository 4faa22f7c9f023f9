// m[string(b)] converts without copying, but still reads every byte of b:
// a lookup in the goroutine races main's write of b[3].
package main

import "fmt"

func main() {
	m := map[string]int{"abcd": 1}
	b := []byte("abcd")
	c := make(chan bool)
	go func() {
		_ = m[string(b)]
		c <- true
	}()
	b[3] = 'x'
	<-c
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.slicebytetostringtmp runtime/string.go:209", "main.main.func1 main.go:12"], ["write", "main.main main.go:15"]]]
stdout:
1
*/
