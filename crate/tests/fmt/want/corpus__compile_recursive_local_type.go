// A local type containing itself by value.
package main

import "fmt"

func main() {
	type Node struct {
		next *Node
	}
	type L [1]L
	fmt.Println(Node{})
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:10:7: invalid recursive type: L refers to itself
*/
