// A struct variable stored as a map value reads all its fields; a goroutine
// writes its last field: a race.
package main

import "fmt"

type Point struct {
	X, Y, Z int
}

func main() {
	var p Point
	m := map[string]Point{}
	ch := make(chan bool)
	go func() {
		p.Z = 3
		ch <- true
	}()
	m["a"] = p
	<-ch
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:19"], ["write", "main.main.func1 main.go:16"]]]
stdout:
1
*/
