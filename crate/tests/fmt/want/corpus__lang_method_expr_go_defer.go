// Method expressions and package function values in go and defer
// statements, and as package-level variables.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type T struct{ n int }

func (t *T) Inc()                    { t.n++; fmt.Println("inc", t.n) }
func (t T) Show()                    { fmt.Println("show", t.n) }
func (t *T) Work(wg *sync.WaitGroup) { defer wg.Done(); t.Inc() }

var incr = (*T).Inc
var upper = strings.ToUpper

func main() {
	t := T{}
	defer (*T).Inc(&t)
	defer T.Show(t)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); incr(&t) }()
	wg.Wait()
	wg.Add(1)
	go (*T).Work(&t, &wg)
	wg.Wait()
	wg.Add(1)
	go func() { defer wg.Done(); fmt.Println(upper("go")) }()
	wg.Wait()
	defer fmt.Println("deferred", "println")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
inc 1
inc 2
GO
deferred println
show 0
inc 3
*/
