// A function with a result must end in a terminating statement.
package main

func f(n int) int {
	if n > 0 {
		return 1
	}
}

func main() {
	f(1)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:8:1: missing return
*/
