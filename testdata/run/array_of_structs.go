package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	var inv [3]Item
	inv[0] = Item{"apple", 3}
	inv[1].Name = "pear"
	inv[1].Count++
	for i := range inv {
		inv[i].Count *= 10
	}
	fmt.Println(inv)
	for _, it := range inv {
		it.Count = -1
	}
	fmt.Println(inv)
	p := &inv[2]
	p.Name = "plum"
	fmt.Printf("%+v\n", inv)
	copyInv := inv
	copyInv[0].Name = "APPLE"
	fmt.Println(inv[0].Name, copyInv[0].Name)
}
