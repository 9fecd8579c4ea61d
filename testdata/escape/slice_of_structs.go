package main

type Rec struct {
	name string
	tags []string
}

func collect() []Rec {
	var out []Rec
	for i := 0; i < 2; i++ {
		out = append(out, Rec{name: "r", tags: []string{"t"}})
	}
	return out
}

func main() {
	println(len(collect()))
}
