package main

type T struct { x int, y int }

func main() {
}
