package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
)

func MapKeys[K comparable, V any](m map[K]V) []K {
	var r []K
	for k := range m {
		r = append(r, k)
	}
	return r
}

type List[T any] struct {
	head, tail *element[T]
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	if lst.tail == nil {
		lst.head = &element[T]{val: v}
		lst.tail = lst.head
	} else {
		lst.tail.next = &element[T]{val: v}
		lst.tail = lst.tail.next
	}
}

func (lst *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := lst.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func genFib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type ServerState int

const (
	StateIdle = iota
	StateConnected
	StateError
)

var stateName = map[ServerState]string{
	StateIdle:      "idle",
	StateConnected: "connected",
	StateError:     "error",
}

func (ss ServerState) String() string {
	return stateName[ss]
}

func transition(s ServerState) ServerState {
	switch s {
	case StateIdle:
		return StateConnected
	case StateConnected:
		return StateIdle
	default:
		panic(fmt.Errorf("unknown state: %s", s))
	}
}

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var m = map[int]string{1: "2", 2: "4"}
	keys := MapKeys(m)
	slices.Sort(keys)
	fmt.Println("keys:", keys)
	_ = MapKeys[int, string](m)
	lst := List[int]{}
	lst.Push(10)
	for e := range lst.All() {
		fmt.Println(e)
	}
	all := slices.Collect(lst.All())
	fmt.Println(all, len(all))
	for n := range genFib() {
		if n >= 10 {
			break
		}
	}
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg, ae.message)
	}
	fmt.Println(transition(StateIdle))
	fruits := []string{"peach", "banana", "kiwi"}
	sort.Sort(byLength(fruits))
	slices.SortFunc(fruits, func(a, b string) int { return len(a) - len(b) })
	n, err := strconv.Atoi("123")
	fmt.Println(n, err, strings.Repeat("ab", 3), Sum(1, 2, 3), Sum(1.5, 2))
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Fprintln(&sb, "y")
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}}
	for i, p := range ps {
		ps[i].a = p.b
	}
	x := 10
	p := &x
	*p++
	arr := [...]int{1, 2, 3}
	s := arr[:]
	s = append(s, 4)
	var iface any = s
	switch v := iface.(type) {
	case []int:
		fmt.Println(len(v), cap(v))
	case nil:
	}
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	for i := range 3 {
		fmt.Println(i)
	}
	const big = 1 << 62
	var u8 uint8 = 255
	u8++
	fmt.Printf("%v %T %d\n", big, u8, u8>>1)
	fn := func(xs ...int) int { return len(xs) }
	fmt.Println(fn(s...), max(1, 2.5), min("a", "b"))
	var e error = &argError{}
	fmt.Println(e.Error(), float64(x)/3, string(rune(65)), []byte("hi"), []rune("héllo"))
}
