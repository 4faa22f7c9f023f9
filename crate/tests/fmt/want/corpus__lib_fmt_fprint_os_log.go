// fmt.Fprint* to os.Stdout, os.Stderr and a user io.Writer; io.WriteString, io.EOF; os.Args, Getenv; log to stdout with flags and prefixes; log.Fatalf exits 1 without running deferred calls.
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
)

type upper struct{ n int }

func (u *upper) Write(p []byte) (int, error) {
	u.n += len(p)
	fmt.Print("[", string(p), "]")
	return len(p), nil
}

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2)
	fmt.Fprintf(os.Stdout, "%d-%s\n", 7, "x")
	n, err := fmt.Fprint(os.Stdout, "a", "b", 3, "\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	u := &upper{}
	fmt.Fprintf(u, "hello %v", 42)
	fmt.Println(u.n)
	var w io.Writer = os.Stdout
	io.WriteString(w, "ws\n")
	fmt.Println(io.EOF, errors.Is(fmt.Errorf("r: %w", io.EOF), io.EOF), len(os.Args), os.Getenv("MAPRACE_SURELY_UNSET") == "")
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("log line", 1)
	log.SetPrefix("app: ")
	log.Printf("x=%d", 5)
	l := log.New(os.Stdout, "[L] ", log.Lmsgprefix)
	l.Print("msg")
	fmt.Println(log.Flags(), log.Prefix(), l.Prefix(), log.LstdFlags)
	fmt.Printf("%T %T\n", os.Stdout, l)
	defer fmt.Println("deferred, not run")
	log.Fatalf("fatal %s", "now")
}

/* real Go go1.27.3 linux/amd64:
exit: 1
race: no
stdout:
to stdout 1 2
7-x
ab3
4 <nil>
[hello 42]8
ws
EOF true 1 true
log line 1
app: x=5
[L] msg
0 app:  [L]  3
*os.File *log.Logger
app: fatal now
*/
