// Constant conversions that gc rejects, and alias names in messages.
package main

func main() {
	var b byte = 1
	_ = b
	_ = int(300.5)
	_ = uint8(300)
	var r rune = 'x'
	r = "s"
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:10: cannot convert 300.5 (untyped float constant) to type int
main.go:8:12: constant 300 overflows uint8
main.go:9:6: declared and not used: r
main.go:10:6: cannot use "s" (untyped string constant) as rune value in assignment
*/
