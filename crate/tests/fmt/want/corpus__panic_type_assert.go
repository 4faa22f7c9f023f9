// A failed type assertion without comma-ok panics.
package main

import "fmt"

func main() {
	var x interface{} = "str"
	n := x.(int)
	fmt.Println(n)
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: interface conversion: interface {} is string, not int
stdout:
*/
