// A function that panics inside once.Do still counts as done (Go's Do
// defers done.Store(1) and the unlock): a later Do does not call its f, the
// panicking frame's own deferred calls can call Do again, and a goroutine
// waiting in Do returns. sync.OnceFunc re-panics with the same value on
// every call.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("boom") })
	}()
	calls := 0
	once.Do(func() { calls++ })
	fmt.Println("calls after the panic:", calls)

	var o2 sync.Once
	func() {
		defer func() {
			r := recover()
			o2.Do(func() { fmt.Println("never printed") })
			fmt.Println("Do again in the deferred call returned; recovered", r)
		}()
		o2.Do(func() { panic(1) })
	}()

	var o3 sync.Once
	inF, release, done := make(chan bool), make(chan bool), make(chan bool)
	go func() {
		defer func() { recover(); done <- true }()
		o3.Do(func() {
			inF <- true
			<-release
			panic("in f")
		})
	}()
	<-inF
	go func() {
		o3.Do(func() { fmt.Println("never printed either") })
		fmt.Println("the second Do returned")
		done <- true
	}()
	release <- true
	<-done
	<-done

	f := sync.OnceFunc(func() { panic("once func") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("OnceFunc call", i, "panicked with", recover()) }()
			f()
		}()
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
recovered: boom
calls after the panic: 0
Do again in the deferred call returned; recovered 1
the second Do returned
OnceFunc call 0 panicked with once func
OnceFunc call 1 panicked with once func
*/
