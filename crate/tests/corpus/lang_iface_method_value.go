// Interface method values: s.M evaluates s at once (later assignments to s
// do not change it), and a nil interface panics when the value is made.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Box struct{ v int }

func (b *Box) String() string { return fmt.Sprint("box ", b.v) }

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Sq float64

func (s Sq) Area() float64         { return float64(s * s) }
func (s Sq) Scale(k float64) Shape { return Sq(float64(s) * k) }

func main() {
	var s fmt.Stringer = Temp(21.5)
	str := s.String
	s = Temp(-3)
	fmt.Println(str(), s.String())
	b := &Box{1}
	s = b
	bs := s.String
	b.v = 2
	fmt.Println(bs())
	var sh Shape = Sq(2)
	area, scale := sh.Area, sh.Scale
	fmt.Println(area(), scale(3).Area())
	err := errors.New("boom")
	msg := err.Error
	fmt.Println(msg())
	var sorter sort.Interface = sort.IntSlice{3, 1, 2}
	less := sorter.Less
	fmt.Println(less(0, 1), less(1, 2))
	fmt.Printf("%T\n", str)
	var nilS fmt.Stringer
	defer func() { fmt.Println("recovered:", recover()) }()
	f := nilS.String
	fmt.Println("not reached", f)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
21.5°C -3.0°C
box 2
4 36
boom
false true
func() string
recovered: runtime error: invalid memory address or nil pointer dereference
*/
