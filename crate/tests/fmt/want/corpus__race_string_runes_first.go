// string(r) racing a write of the first rune (the conversion reads r[0] too).
package main

import "fmt"

func main() {
	r := []rune("héllo")
	done := make(chan int)
	go func() {
		done <- len([]rune(string(r)))
	}()
	r[0] = 'j'
	fmt.Println(<-done)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
5
*/
