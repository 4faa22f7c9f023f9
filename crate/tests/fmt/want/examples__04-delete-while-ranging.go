// One goroutine removes expired sessions while ranging: defined by the spec.
package main

import "fmt"

func main() {
	expires := map[string]int{"ann": 3, "bob": 9, "cy": 1, "dee": 12, "eve": 5}
	now := 6
	for user, t := range expires {
		if t < now {
			delete(expires, user)
		}
	}
	fmt.Println(len(expires), expires)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2 map[bob:9 dee:12]
*/
