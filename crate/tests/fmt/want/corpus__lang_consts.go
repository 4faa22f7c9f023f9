// Constants: iota, typed and untyped, big untyped arithmetic, time.Duration printing.
package main

import (
	"fmt"
	"time"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const Big = 1 << 100
const Pi = 3.14159

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Tuesday+0 == 2)
	fmt.Println(KB, MB, GB)
	fmt.Println(Big>>98, Pi*2)
	var f float32 = Pi
	fmt.Println(f)
	d := 1500 * time.Millisecond
	fmt.Println(d, time.Second*90, 2*time.Hour+3*time.Minute, time.Duration(0), 250*time.Microsecond)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Sun Mon Tue true
1024 1048576 1073741824
4 6.28318
3.14159
1.5s 1m30s 2h3m0s 0s 250µs
98 b
*/
