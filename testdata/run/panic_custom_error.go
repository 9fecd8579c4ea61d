package main

import "fmt"

type MyErr struct {
	Code int
	Msg  string
}

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d: %s", e.Code, e.Msg) }

func main() {
	fmt.Println("start")
	var err error = &MyErr{7, "broken"}
	panic(err)
}
