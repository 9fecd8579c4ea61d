// explain
package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	n := 42
	fmt.Println(n)

	u := User{"ann", 7}
	fmt.Println(u)

	p := &User{"bob", 9}
	fmt.Println(p.Name)

	q := User{"cy", 3}
	fmt.Printf("%v\n", &q)

	var err error = fmt.Errorf("code %d", n)
	fmt.Println(err)

	var s fmt.Stringer
	_ = s
}
