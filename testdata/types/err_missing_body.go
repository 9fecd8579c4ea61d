package main

func helper() int // ERROR "missing function body"

func main() {}
