package main

import (
	"errors"
	"fmt"
	"strconv"
)

type myErr struct{ code int }

func (e myErr) Error() string { return strconv.Itoa(e.code) }

func kind(v any) string {
	switch x := v.(type) {
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case int, uint:
		return fmt.Sprintf("int-ish %v", x)
	case []any:
		return fmt.Sprint("list of ", len(x))
	case map[string]any:
		return "map"
	case func():
		x()
		return "func"
	case nil:
		return "nil"
	}
	return "?"
}

func main() {
	fmt.Println(kind(myErr{3}), kind(errors.New("e")), kind(uint(2)), kind([]any{1}), kind(nil))
	const c = 5
	switch c {
	case 1, 2:
	case 5:
		fmt.Println("five")
	}
	var s fmt.Stringer
	switch s.(type) {
	}
}
