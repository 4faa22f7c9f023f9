package main

import "fmt"

// A leading byte order mark is allowed (editors on Windows write one).
func main() {
	fmt.Println("bom ok")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
bom ok
*/
