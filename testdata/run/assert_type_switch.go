package main

import (
	"errors"
	"fmt"
)

type Pt struct{ X, Y int }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case Pt:
		return fmt.Sprint("point ", x.X+x.Y)
	case *Pt:
		if x == nil {
			return "nil *Pt"
		}
		return fmt.Sprint("ptr point ", x.X)
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	case bool, float64:
		return fmt.Sprintf("bool-or-float %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 1, int64(2), "abc", errors.New("boom"), Pt{1, 2}, &Pt{3, 4}, []int{1, 2}, func() int { return 7 }, true, 2.5, uint(3), int8(1)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var p *Pt
	fmt.Println(classify(p))
}
