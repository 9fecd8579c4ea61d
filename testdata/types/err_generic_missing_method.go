package main

type Shower interface{ Show() string }

func ShowAll[T Shower](xs []T) {}

func main() {
	ShowAll([]int{1}) // ERROR "in call to ShowAll, T \(type int\) does not satisfy Shower \(missing method Show\)"
}
