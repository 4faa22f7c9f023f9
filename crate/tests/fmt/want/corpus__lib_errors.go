// errors: Is, As, Unwrap, Join through fmt.Errorf's %w (one and several), user error types, the panic of As on a bad target.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type MyErr struct {
	Code int
}

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

type ValErr struct{ S string }

func (v ValErr) Error() string { return "val " + v.S }

func find(k string) error {
	if k == "x" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return fmt.Errorf("find %q: %w", k, &MyErr{42})
}

func main() {
	e1 := find("x")
	fmt.Println(e1, errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	fmt.Printf("%T %v\n", e1, e1)
	e2 := fmt.Errorf("outer: %w", find("y"))
	var me *MyErr
	fmt.Println(errors.As(e2, &me), me.Code, errors.Is(e2, ErrNotFound))
	j := errors.Join(ErrNotFound, nil, e2)
	fmt.Printf("%T\n%v\n", j, j)
	fmt.Println(errors.Is(j, ErrNotFound), errors.Join(nil, nil) == nil)
	m := fmt.Errorf("a %w b %w", ErrNotFound, ValErr{"v"})
	fmt.Printf("%T %v\n", m, m)
	var ve ValErr
	fmt.Println(errors.As(m, &ve), ve.S, errors.Unwrap(m) == nil)
	r := fmt.Errorf("%w %w %w", ValErr{"q"}, ErrNotFound, ValErr{"q"})
	fmt.Println(r, errors.Is(r, ValErr{"q"}))
	var target error
	fmt.Println(errors.As(e1, &target), target)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrNotFound), errors.Unwrap(ErrNotFound))
	plain := fmt.Errorf("plain %d", 3)
	fmt.Printf("%T %v\n", plain, plain)
	s := "dyn %w"
	d := fmt.Errorf(s, ErrNotFound)
	fmt.Printf("%T %v %v\n", d, d, errors.Is(d, ErrNotFound))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	errors.As(e1, me)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
find "x": not found true true
*fmt.wrapError find "x": not found
true 42 false
*errors.joinError
not found
outer: find "y": my error 42
true true
*fmt.wrapErrors a not found b val v
true v true
val q not found val q true
true find "x": not found
true false <nil>
*errors.errorString plain 3
*fmt.wrapError dyn not found true
recovered: errors: *target must be interface or implement error
*/
