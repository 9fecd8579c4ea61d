package main

import "fmt" // ERROR "\"fmt\" imported and not used"

func main() {
}
