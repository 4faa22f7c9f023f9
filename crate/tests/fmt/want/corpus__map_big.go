// A map through several growths keeps every entry.
package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 2000; i++ {
		m[i*7] = fmt.Sprint(i)
	}
	for i := 0; i < 2000; i += 2 {
		delete(m, i*7)
	}
	missing := 0
	for i := 1; i < 2000; i += 2 {
		if m[i*7] != fmt.Sprint(i) {
			missing++
		}
	}
	fmt.Println(len(m), missing)
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println(sum)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1000 0
7000000
*/
