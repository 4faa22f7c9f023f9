// strings.Builder, Replacer, Reader, Map, FieldsFunc, IndexFunc, TrimFunc; io.ReadAll; bytes.Buffer and functions; unicode classes.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("ignition")
	sb.WriteByte('!')
	sb.WriteRune('€')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Println(r.Replace("This is <b>HTML</b> and a cat"))
	rd := strings.NewReader("héllo")
	for {
		c, size, err := rd.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Print(string(c), size, " ")
	}
	fmt.Println(rd.Len(), rd.Size())
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)

	var b bytes.Buffer
	b.Write([]byte("Hello "))
	fmt.Fprintf(&b, "world %d", 2)
	b.WriteTo(os.Stdout)
	fmt.Println()
	buf := bytes.NewBufferString("line1\nline2\nrest")
	for {
		line, err := buf.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")), string(bytes.ToUpper([]byte("up"))))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte(", ")))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello, World"))
	fmt.Println(strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > unicode.MaxASCII }), strings.TrimFunc("¡¡¡Hello, Gophers!!!", unicode.IsPunct))
	fmt.Println(unicode.IsDigit('9'), unicode.IsSpace('\t'), unicode.IsPunct('$'), unicode.IsSymbol('$'), unicode.IsLetter('é'), unicode.ToUpper('ß'), unicode.ToTitle('a'))
	var nb *bytes.Buffer
	fmt.Println(nb.String())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0...1...2...ignition!€ 24
0 true
This is &lt;b&gt;HTML&lt;/b&gt; And A cAt
h1 é2 l1 l1 o1 0 6
all of it <nil>
Hello world 2
"line1\n" <nil>
"line2\n" <nil>
"rest" EOF
true true UP
a, b
hELLO, wORLD
[foo1 bar2 baz3]
7 Hello, Gophers
true true false true true 223 65
<nil>
*/
