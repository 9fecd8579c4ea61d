package main

type T struct{}

func (T) M[U any](u U) {}

func main() {}
