package main

import "fmt"

type User struct {
	ID    int    `json:"id"`
	Name  string `json:"name,omitempty"`
	email string
	Tags  []string
}

type Config struct {
	Host, Port string
	Debug      bool
	Limits     struct {
		Max int
	}
}

func main() {
	u := User{ID: 1, Name: "a", email: "e", Tags: []string{"x"}}
	var c Config
	c.Limits.Max = 3
	c.Host = "localhost"
	fmt.Printf("%+v %v\n", u, c)
}
