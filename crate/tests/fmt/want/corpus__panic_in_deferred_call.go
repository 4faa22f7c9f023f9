// A deferred call panics while a panic unwinds: both are printed, and the
// traceback starts in the deferred function.
package main

import (
	"errors"
	"fmt"
)

func closeAll() {
	fmt.Println("closing")
	panic(errors.New("close failed"))
}

func main() {
	defer closeAll()
	fmt.Println("working")
	panic("work failed")
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: work failed
stderr-funcs: main.closeAll main.main
stdout:
working
closing
*/
