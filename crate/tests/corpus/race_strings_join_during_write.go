// strings.Join reads the slice's elements while another goroutine writes
// one of them twice: Join sees "b", "x" or "y". (The bounded search once
// treated Join as touching nothing and missed "a,x" with its reduction on.)
package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := []string{"a", "b"}
	done := make(chan bool)
	go func() {
		parts[1] = "x"
		parts[1] = "y"
		done <- true
	}()
	s := strings.Join(parts, ",")
	<-done
	fmt.Println(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "strings.Join strings/strings.go:483", "main.main main.go:19"], ["write", "main.main.func1 main.go:15"]]]
stdout:
a,b
*/
