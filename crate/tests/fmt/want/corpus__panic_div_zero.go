// Integer division by zero at run time.
package main

import "fmt"

func main() {
	a, b := 1, 0
	fmt.Println(a / b)
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: integer divide by zero
stdout:
*/
