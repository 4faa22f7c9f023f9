// A strings.Builder written by two goroutines without a lock: the race detector sees its buffer (library code is instrumented, as under go run -race).
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var sb strings.Builder
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sb.WriteString("x")
		}()
	}
	wg.Wait()
	fmt.Println(sb.Len() > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 2
race-reports: [[["read", "strings.(*Builder).WriteString strings/builder.go:114", "main.main.func1 main.go:17"], ["write", "strings.(*Builder).WriteString strings/builder.go:114", "main.main.func1 main.go:17"]], [["read", "strings.(*Builder).copyCheck strings/builder.go:33", "strings.(*Builder).WriteString strings/builder.go:113", "main.main.func1 main.go:17"], ["write", "strings.(*Builder).copyCheck strings/builder.go:39", "strings.(*Builder).WriteString strings/builder.go:113", "main.main.func1 main.go:17"]]]
stdout:
true
*/
