package main

import "fmt"

func main() {
	s := "tab\there \"quoted\" \x41\101\u00e9\U0001F600"
	raw := `raw \n string
spanning lines`
	empty := ""
	fmt.Println(s, raw, len(empty))
}
