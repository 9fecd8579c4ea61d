package main

import "fmt"

func main() {
	var r rune = 'x'
	var b byte = 7
	bs := []byte("hi")
	var x any = &r
	_, ok1 := x.(*int32)
	var y any = bs
	_, ok2 := y.([]uint8)
	var z any = map[rune]byte{}
	_, ok3 := z.(map[int32]uint8)
	var w any = r
	_, ok4 := w.(int32)
	fmt.Printf("%T %T %T %T %T\n", r, b, bs, &r, z)
	fmt.Println(ok1, ok2, ok3, ok4, any(&b) == any(&b))
	var p *int32 = &r
	var q any = p
	fmt.Println(q == any(&r))
	ch := make(chan rune, 1)
	var c any = ch
	_, ok5 := c.(chan int32)
	fmt.Println(ok5)
}

// A type switch case lists int32; a *rune operand matches it.
func kind(arg any) string {
	switch p := arg.(type) {
	case *int, *int8, *int16, *int32, *int64:
		return fmt.Sprintf("signed %T", p)
	case []uint8:
		return "bytes"
	default:
		return "other"
	}
}

func init() {
	var r rune
	fmt.Println(kind(&r), kind([]byte("x")), kind(map[byte]rune{}))
}
