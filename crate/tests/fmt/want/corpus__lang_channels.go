// Channels: unbuffered handoff, buffered, close and range, comma-ok, select with default.
package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
	buf := make(chan string, 2)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf), <-buf, <-buf)
	close(buf)
	v, ok := <-buf
	fmt.Printf("%q %v\n", v, ok)
	done := make(chan struct{})
	res := make(chan int, 1)
	go func() {
		res <- 42
		close(done)
	}()
	<-done
	select {
	case x := <-res:
		fmt.Println("got", x)
	default:
		fmt.Println("nothing")
	}
	select {
	case x := <-res:
		fmt.Println("got", x)
	default:
		fmt.Println("empty now")
	}
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func(k int) { results <- k * 100 }(i)
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-results
	}
	fmt.Println(total)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
30
2 2 a b
"" false
got 42
empty now
300
*/
