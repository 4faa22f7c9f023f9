// fmt's widths and precisions at their limits: `*` taking an argument beyond
// ±1e6 or not an int is BADWIDTH/BADPREC, a literal width that grows past
// 1e6 swallows the rest of the format (NOVERB), and widths up to that bound
// pad as usual (issue 13).
package main

import "fmt"

func main() {
	fmt.Printf("%*d|\n", 1<<40, 1)
	fmt.Printf("%.*d|\n", 1<<40, 1)
	fmt.Printf("%*d|\n", -(1 << 40), 1)
	fmt.Printf("%*d|\n", 1000001, 1)
	fmt.Printf("%*d|\n", "x", 1)
	fmt.Printf("%.*d|\n", -3, 1)
	fmt.Printf("%-*d|\n", 3, 1)
	fmt.Printf("%*d|\n", -3, 1)
	fmt.Printf("%*d|\n", uint64(1<<63), 1)
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	s := fmt.Sprintf("%1000000000d", 1)
	fmt.Println(len(s), s)
	fmt.Println(len(fmt.Sprintf("%1000000d|", 1)), len(fmt.Sprintf("%1000001d|", 1)), len(fmt.Sprintf("%9999999d|", 1)))
	fmt.Println(len(fmt.Sprintf("%.1000001f", 1.5)), fmt.Sprintf("%.1100f", 0.1)[1090:])
	fmt.Println(len(fmt.Sprintf("%*s|", 1000000, "a")))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
%!(BADWIDTH)1|
%!(BADPREC)1|
%!(BADWIDTH)1|
%!(BADWIDTH)1|
%!(BADWIDTH)1|
%!(BADPREC)1|
1  |
1  |
%!(BADWIDTH)1|
%!!(MISSING)
1 %!d(MISSING)
25 %!(NOVERB)%!(EXTRA int=1)
1000001 1000002 10000000
1000003 000000000000
1000001
*/
