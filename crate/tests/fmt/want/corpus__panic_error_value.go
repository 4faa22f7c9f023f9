// Panicking with an error prints its Error() text.
package main

import "errors"

func main() {
	panic(errors.New("disk full"))
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: disk full
stdout:
*/
