package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"key=value", "novalue", "=x", "a=b=c", ""} {
		before, after, found := strings.Cut(s, "=")
		fmt.Printf("%q %q %v\n", before, after, found)
	}
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok)
	rest, ok = strings.CutPrefix("1.2.3", "v")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("photo.jpg", ".jpg")
	fmt.Println(rest, ok)
	line := "name: Alice ; age: 30 ; city: Paris"
	for _, part := range strings.Split(line, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), ": ")
		fmt.Printf("[%s]=[%s]\n", k, v)
	}
}
