// Integer sizes wrap around; division truncates toward zero; shifts; floats.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = 1 << 30
	c *= 4
	var d uint16 = 65535
	d += 2
	fmt.Println(a, b, c, d)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, 1<<62, ^0, 5&^3)
	var u uint64 = 1<<64 - 1
	fmt.Println(u, u/3, u>>60)
	x := 10.0 / 4
	fmt.Println(x, 1e6, 123456.0, 1234567.0, 0.0001, 0.00001, 3.0, float32(0.1), 2.5e-7)
	f := 3.99
	fmt.Println(int(f), int(-f), float64(7)/2, 7/2)
	fmt.Printf("%d %x %X %o %b %c %q %U\n", 255, 255, 255, 8, 5, 'G', 'G', 'G')
	fmt.Printf("%5d|%-5d|%05d|%.2f|%8.3f|%e\n", 42, 42, 42, 3.14159, 2.5, 123456.789)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
-128 255 0 1
-3 -1 -3 1 4611686018427387904 -1 4
18446744073709551615 6148914691236517205 15
2.5 1e+06 123456 1.234567e+06 0.0001 1e-05 3 0.1 2.5e-07
3 -3 3.5 3
255 ff FF 10 101 G 'G' U+0047
   42|42   |00042|3.14|   2.500|1.234568e+05
*/
