// A method expression of a value type names only the methods in its method set.
package main

type T struct{ n int }

func (t *T) Inc()    { t.n++ }
func (t T) Get() int { return t.n }

func main() {
	f := T.Inc
	g := T.Nope
	h := (*T).Get
	_, _, _ = f, g, h
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:10:9: invalid method expression T.Inc (needs pointer receiver (*T).Inc)
main.go:11:9: T.Nope undefined (type T has no field or method Nope)
*/
