package main

import "fmt"

type Temp struct{ deg int }

func (t *Temp) String() string { return fmt.Sprintf("%d degrees", t.deg) }

func main() {
	t := &Temp{451}
	fmt.Println("temp:", t)
	panic(t)
}
