// The builtin println writes whole strings to standard error (issue 13).
package main

func main() {
	println("0123456789012345678901234567890123456789012345678901234567890123456789", 1, true)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
*/
