// Package functions as values: assigned, passed, kept in maps and slices,
// variadic ones included (fmt.Sprintf, fmt.Println), and a variadic call
// with a slice (fmt.Println(xs...)).
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

func apply(f func(float64) float64, x float64) float64 { return f(x) }

func each(xs []string, f func(string) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	upper := strings.ToUpper
	fmt.Println(upper("gopher"))
	fmt.Println(apply(math.Sqrt, 2), apply(math.Floor, -1.5), apply(math.Abs, -3))
	fmt.Println(each([]string{" a ", "b  "}, strings.TrimSpace))
	ops := map[string]func(string) string{"up": strings.ToUpper, "low": strings.ToLower, "title": strings.TrimSpace}
	for _, k := range []string{"low", "up", "title"} {
		fmt.Println(k, ops[k]("MiXeD"))
	}
	sprintf := fmt.Sprintf
	fmt.Println(sprintf("%03d|%-4s|%v", 7, "go", []int{1, 2}))
	println := fmt.Println
	println("via", "a", "value", 42)
	xs := []any{"spread", 1, true, 2.5}
	fmt.Println(xs...)
	fmt.Printf("%s=%d\n", []any{"n", 3}...)
	s := fmt.Sprint(xs...)
	fmt.Println(len(s), s)
	var isDigit func(rune) bool = unicode.IsDigit
	fmt.Println(strings.IndexFunc("abc7d", isDigit), strings.Map(unicode.ToUpper, "map"))
	atoi := strconv.Atoi
	n, err := atoi("12x")
	fmt.Println(n, err)
	fmt.Printf("%T\n%T\n%T\n", upper, sprintf, atoi)
	var f func(string) string
	fmt.Println(f == nil, upper != nil)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
GOPHER
1.4142135623730951 -2 3
[a b]
low mixed
up MIXED
title MiXeD
007|go  |[1 2]
via a value 42
spread 1 true 2.5
n=3
16 spread1 true 2.5
3 MAP
0 strconv.Atoi: parsing "12x": invalid syntax
func(string) string
func(string, ...interface {}) string
func(string) (int, error)
true true
*/
