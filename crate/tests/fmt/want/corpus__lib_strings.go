package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Contains(s, "World"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'G'))
	fmt.Println(strings.Count(s, "Hello"), strings.Count("five", ""), strings.Count("héllo", ""))
	fmt.Println(strings.Index(s, "Go"), strings.LastIndex(s, "Hello"), strings.IndexByte(s, 'W'), strings.LastIndexByte(s, 'o'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\t baz \n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.ToUpper("ß"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t hi there \n "), strings.Trim("xxhixx", "x"), strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q %q\n", strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	r, ok := strings.CutPrefix("https://go.dev", "https://")
	fmt.Println(r, ok)
	r, ok = strings.CutSuffix("file.txt", ".go")
	fmt.Println(r, ok)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Clone("c"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Ga"), strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "Go!"))
	bad := string([]byte{'a', 0xff, 'b', 0xe2, 0x82})
	fmt.Println(utf8.RuneCountInString(bad), utf8.ValidString(bad), utf8.ValidString("héllo"), len(strings.ToUpper(bad)))
	fmt.Printf("%q\n", strings.Split(bad, ""))
	rr, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(rr, size, string(rr))
	rr, size = utf8.DecodeLastRuneInString("euro€")
	fmt.Println(rr, size)
	rr, size = utf8.DecodeRuneInString(bad[1:])
	fmt.Println(rr, size, rr == utf8.RuneError)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('€'), utf8.RuneLen(-1), utf8.ValidRune(0xD800), utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true true true
2 5 6
21 14 7 22
4 3 4 5
["a" "b" "c"]
["a" "b" "c"]
[""]
["a" "b,c,d"]
[]
["a," "b," "c"]
["a," "b,c"]
["foo" "bar" "baz"]
x-y-z ababab
oinky oinky oink moo moo moo -a-b-c- -a-bc
bonono
HÉLLO WÖRLD héllo ß
"hi there" "hi" "Hello, Gophers"
"hixx" "xxhi"
"body" "body"
key value=x true
"novalue" "" false
go.dev true
file.txt false
-1 1 0 c
true false true true
5 false true 11
["a" "\xff" "b" "\xe2" "\x82"]
8364 3 €
8364 3
65533 1 true
1 3 -1 false 4 128 1114111
*/
