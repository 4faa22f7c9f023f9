// Interfaces: dynamic dispatch, type assertions, type switches, nil interfaces, Stringer and error.
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64    { return s.S * s.S }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }
func (s Sq) String() string   { return fmt.Sprintf("Sq(%v)", s.S) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) error {
	if k == "" {
		return nil
	}
	return NotFound{k}
}

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", x)
	case string:
		return "string " + x
	case Shape:
		return fmt.Sprint("shape ", x.Area())
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []Shape{Sq{2}, &Circ{1}}
	for _, s := range shapes {
		fmt.Println(s, s.Area())
	}
	var t Temp = 21.5
	fmt.Println(t)
	var sh Shape = Sq{3}
	if sq, ok := sh.(Sq); ok {
		fmt.Println("is square", sq.S)
	}
	_, isCirc := sh.(*Circ)
	fmt.Println(isCirc)
	fmt.Println(kind(nil), kind(3), kind("s"), kind(Sq{1}), kind(NotFound{"k"}), kind(2.5), kind([]int{}))
	fmt.Println(lookup("a"), lookup("") == nil)
	var e error = NotFound{"x"}
	if nf, ok := e.(NotFound); ok {
		fmt.Println(nf.Key)
	}
	var any1 interface{} = 1
	var any2 interface{} = 1
	fmt.Println(any1 == any2, any1 != "1")
	fmt.Printf("%T %T %T %v\n", sh, e, any1, nil)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Sq(2) 4
&{1} 3
21.5°C
is square 3
false
nil integer 3 string s shape 1 error not found: k other float64 other []int
not found: a true
x
true true
main.Sq main.NotFound int <nil>
*/
