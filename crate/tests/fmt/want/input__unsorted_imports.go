package main

import (
	"fmt"
	"strings"
	"sync"

	"errors"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println(strings.ToUpper("a"), time.Duration(1), errors.New("e"))
	mu.Unlock()
}
