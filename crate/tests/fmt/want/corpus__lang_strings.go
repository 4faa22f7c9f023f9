// Strings are bytes: indexing, slicing, range decodes runes, conversions.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:1], s[7:])
	for i, r := range "aé世" {
		fmt.Println(i, r, string(r))
	}
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), []rune("世界"), string([]rune{72, 105}))
	fmt.Println(strings.ToUpper("go"), strings.Contains("maprace", "race"), strings.Index("abc", "c"))
	fmt.Println(strings.Repeat("ab", 3), strings.Fields(" a  b c "), strings.TrimSpace("  x "))
	fmt.Println(strings.ReplaceAll("a-b-c", "-", "+"), strings.HasPrefix("golang", "go"), strings.HasSuffix("x.go", ".go"))
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45)+"!", strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2))
	fmt.Printf("%q %v %s|%6s|%-6s|\n", "a\"b\n", "plain", "s", "r", "l")
	fmt.Println(s < "i", "a"+"b" == "ab", string(rune(65)))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
14 195 h  世界
0 97 a
1 233 é
3 19990 世
Xbc [19990 30028] Hi
GO true 2
ababab [a b c] x
a+b+c true true
124 <nil>
strconv.Atoi: parsing "12a": invalid syntax
-45! ff -1000
"a\"b\n" plain s|     r|l     |
true true A
*/
