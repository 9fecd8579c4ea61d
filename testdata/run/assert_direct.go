package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	var a any = "hello"
	s := a.(string)
	fmt.Println(s, len(s))
	var sh Shape = Sq{3}
	q := sh.(Sq)
	fmt.Println(q.s, q.Area())
	var e any = sh
	fmt.Println(e.(Shape).Area())
	vals := []any{1, 2, 3}
	sum := 0
	for _, v := range vals {
		sum += v.(int)
	}
	fmt.Println(sum)
	m := map[string]any{"n": 1.5, "s": "x", "l": []any{1, "two"}}
	fmt.Println(m["n"].(float64)*2, m["s"].(string)+"y", m["l"].([]any)[1])
}
