// The fixed variant: the rune slice is written before the goroutine starts: no race.
package main

import "fmt"

func main() {
	r := make([]rune, 3)
	r[0], r[1], r[2] = 'g', 'ö', '!'
	c := make(chan string)
	go func() {
		c <- string(r)
	}()
	fmt.Println(<-c)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
gö!
*/
