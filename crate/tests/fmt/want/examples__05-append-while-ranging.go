// One goroutine appends to the slices stored in a map while ranging over it.
package main

import "fmt"

func main() {
	tags := map[string][]string{"go": {"lang"}, "rust": {"lang", "systems"}}
	for k := range tags {
		tags[k] = append(tags[k], "reviewed", "2026")
	}
	fmt.Println(len(tags["go"]), len(tags["rust"]))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
3 4
*/
