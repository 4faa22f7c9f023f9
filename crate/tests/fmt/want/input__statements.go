package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	ch := make(chan int)
	done := make(chan struct{})
	wg.Add(2)
	go func() { defer wg.Done(); ch <- 1 }()
	go func() {
		defer wg.Done()
		mu.Lock()
		defer mu.Unlock()
	}()
	go func() {
		for v := range ch {
			fmt.Println(v)
		}
		close(done)
	}()
	wg.Wait()
	close(ch)
	<-done
	for i := 0; i < 2; i++ {
		if i == 0 {
			continue
		} else if i == 1 {
			break
		}
	}
	for range 2 {
	}
	i := 0
	for i < 3 {
		i++
	}
	for {
		break
	}
	select {}
}
