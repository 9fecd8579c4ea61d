package main

type User struct {
	Name string
	Age  int
}

func NewUser(name string) *User {
	return &User{Name: name, Age: 1}
}

func main() {
	u := NewUser("ann")
	println(u.Name)
}
