package main

type V struct{ a, b int }

func (v V) Sum() int { return v.a + v.b }

func (v *V) Ptr() *V { return v }

func main() {
	v := V{1, 2}
	w := v.Ptr()
	println(v.Sum(), w.a)
}
