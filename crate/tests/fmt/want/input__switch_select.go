package main

import "fmt"

func main() {
	c := make(chan int, 1)
	done := make(chan bool)
	go func() {
		c <- 1
		done <- true
	}()
	<-done
	select {
	case v := <-c:
		fmt.Println(v)
	case <-done:
	default:
		fmt.Println("none")
	}
	var i interface{} = 3
	switch t := i.(type) {
	case int, int64:
		fmt.Println("int", t)
	case string:
		fmt.Println("string")
	}
	switch {
	case 1 > 2:
		fmt.Println("no")
	default:
	}
}
