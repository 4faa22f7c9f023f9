package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+5", "", "+", "abc", "1_000", "99999999999999999999", "-9223372036854775808", "9223372036854775808", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1__0", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"12", 1, 64}, {"12", 10, 65}, {"-0x10", 0, 32}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err)
		u, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(c.s, u, err)
	}
	for _, s := range []string{"1", "t", "True", "FALSE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err, strconv.FormatBool(b))
	}
	for _, s := range []string{"3.14", "-0.5", "1e10", "1e400", "-1e400", "inf", "-Infinity", "NaN", ".5", "5.", "abc", "", "1e", "1.5e-3", "0.1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
		g, err := strconv.ParseFloat(s, 32)
		fmt.Println(g, err)
	}
	for _, f := range []float64{0, 1, -1, 3.14159, 1e21, 1e-7, 123456789, 0.000123, 2.5, 1.0 / 3, -0.0, 100, 1e6, 123456.789} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', 3, 64),
			strconv.FormatFloat(f, 'G', 10, 64), strconv.FormatFloat(f, 'E', 0, 64), strconv.FormatFloat(f, 'g', 0, 64), strconv.FormatFloat(f, 'f', -1, 32))
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.Itoa(-9), strconv.Quote("tab\there \"q\" é \x01"), strconv.IntSize)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
42 <nil>
-17 <nil>
5 <nil>
0 strconv.Atoi: parsing "": invalid syntax
0 strconv.Atoi: parsing "+": invalid syntax
0 strconv.Atoi: parsing "abc": invalid syntax
0 strconv.Atoi: parsing "1_000": invalid syntax
9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range
-9223372036854775808 <nil>
9223372036854775807 strconv.Atoi: parsing "9223372036854775808": value out of range
0 strconv.Atoi: parsing " 1": invalid syntax
ff 255 <nil>
ff 255 <nil>
0x1F 31 <nil>
0x1F 31 <nil>
0b101 5 <nil>
0b101 5 <nil>
0o17 15 <nil>
0o17 15 <nil>
017 15 <nil>
017 15 <nil>
1_000 1000 <nil>
1_000 1000 <nil>
1__0 0 strconv.ParseInt: parsing "1__0": invalid syntax
1__0 0 strconv.ParseUint: parsing "1__0": invalid syntax
128 127 strconv.ParseInt: parsing "128": value out of range
128 128 <nil>
-129 -128 strconv.ParseInt: parsing "-129": value out of range
-129 0 strconv.ParseUint: parsing "-129": invalid syntax
z 35 <nil>
z 35 <nil>
12 0 strconv.ParseInt: parsing "12": invalid base 1
12 0 strconv.ParseUint: parsing "12": invalid base 1
12 0 strconv.ParseInt: parsing "12": invalid bit size 65
12 0 strconv.ParseUint: parsing "12": invalid bit size 65
-0x10 -16 <nil>
-0x10 0 strconv.ParseUint: parsing "-0x10": invalid syntax
true <nil> true
true <nil> true
true <nil> true
false <nil> false
false strconv.ParseBool: parsing "yes": invalid syntax false
false strconv.ParseBool: parsing "": invalid syntax false
3.14 <nil>
3.140000104904175 <nil>
-0.5 <nil>
-0.5 <nil>
1e+10 <nil>
1e+10 <nil>
+Inf strconv.ParseFloat: parsing "1e400": value out of range
+Inf strconv.ParseFloat: parsing "1e400": value out of range
-Inf strconv.ParseFloat: parsing "-1e400": value out of range
-Inf strconv.ParseFloat: parsing "-1e400": value out of range
+Inf <nil>
+Inf <nil>
-Inf <nil>
-Inf <nil>
NaN <nil>
NaN <nil>
0.5 <nil>
0.5 <nil>
5 <nil>
5 <nil>
0 strconv.ParseFloat: parsing "abc": invalid syntax
0 strconv.ParseFloat: parsing "abc": invalid syntax
0 strconv.ParseFloat: parsing "": invalid syntax
0 strconv.ParseFloat: parsing "": invalid syntax
0 strconv.ParseFloat: parsing "1e": invalid syntax
0 strconv.ParseFloat: parsing "1e": invalid syntax
0.0015 <nil>
0.001500000013038516 <nil>
0.1 <nil>
0.10000000149011612 <nil>
0 0e+00 0 0.00 0.000e+00 0 0 0E+00 0 0
1 1e+00 1 1.00 1.000e+00 1 1 1E+00 1 1
-1 -1e+00 -1 -1.00 -1.000e+00 -1 -1 -1E+00 -1 -1
3.14159 3.14159e+00 3.14159 3.14 3.142e+00 3.14 3.14159 3E+00 3 3.14159
1000000000000000000000 1e+21 1e+21 1000000000000000000000.00 1.000e+21 1e+21 1E+21 1E+21 1e+21 1000000000000000000000
0.0000001 1e-07 1e-07 0.00 1.000e-07 1e-07 1E-07 1E-07 1e-07 0.0000001
123456789 1.23456789e+08 1.23456789e+08 123456789.00 1.235e+08 1.23e+08 123456789 1E+08 1e+08 123456790
0.000123 1.23e-04 0.000123 0.00 1.230e-04 0.000123 0.000123 1E-04 0.0001 0.000123
2.5 2.5e+00 2.5 2.50 2.500e+00 2.5 2.5 2E+00 2 2.5
0.3333333333333333 3.333333333333333e-01 0.3333333333333333 0.33 3.333e-01 0.333 0.3333333333 3E-01 0.3 0.33333334
0 0e+00 0 0.00 0.000e+00 0 0 0E+00 0 0
100 1e+02 100 100.00 1.000e+02 100 100 1E+02 1e+02 100
1000000 1e+06 1e+06 1000000.00 1.000e+06 1e+06 1000000 1E+06 1e+06 1000000
123456.789 1.23456789e+05 123456.789 123456.79 1.235e+05 1.23e+05 123456.789 1E+05 1e+05 123456.79
-ff 11111111 -9 "tab\there \"q\" é \x01" 64
*/
