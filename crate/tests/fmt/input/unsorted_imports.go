package main

import (
	"sync"
	"fmt"
	"strings"

	"time"
	"errors"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println(strings.ToUpper("a"), time.Duration(1), errors.New("e"))
	mu.Unlock()
}
