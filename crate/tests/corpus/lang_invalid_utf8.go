// Invalid UTF-8 in a string literal: each bad byte is its own U+FFFD of
// width 1 when ranged over or converted to []rune.
package main

import "fmt"

func main() {
	s := "a\xffb\xe2\x82"
	fmt.Println(len(s))
	for i, r := range s {
		fmt.Println(i, r)
	}
	fmt.Println([]rune(s), len([]rune(s)))
	fmt.Printf("%q %x\n", s, s)
	fmt.Println(s == "a\xffb\xe2\x82", "\xff" < "\xfe", len("\u00ff"), len("\xff"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
5
0 97
1 65533
2 98
3 65533
4 65533
[97 65533 98 65533 65533] 5
"a\xffb\xe2\x82" 61ff62e282
true false 2 1
*/
