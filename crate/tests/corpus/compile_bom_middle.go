package main

import "fmt"

// A byte order mark is only allowed at the start of the file.
func main() {
	x := 1 // ﻿
	fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:12: invalid BOM in the middle of the file
*/
