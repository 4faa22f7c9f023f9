// A shift count of an unsigned type with its top bit set is a huge count,
// not a negative one: every bit is shifted out (issue 13).
package main

import "fmt"

func main() {
	x := 1
	n := uint(1 << 63)
	fmt.Println(x<<n, x>>n, -x>>n)
	var u uint64 = 1<<64 - 1
	fmt.Println(u<<n, u>>n, int8(-5)>>n)
	e, c := int8(5), uint8(200)
	fmt.Println(e<<c, e>>c, -e>>c)
	var m uint64 = 1 << 63
	fmt.Println(x<<m, -7>>m)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0 0 -1
0 0 -1
0 0 -1
0 -1
*/
