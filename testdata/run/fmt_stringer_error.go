package main

import "fmt"

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error-wins" }

type OnlyS struct{ n int }

func (o OnlyS) String() string { return fmt.Sprintf("S%d", o.n) }

type PtrS struct{ n int }

func (p *PtrS) String() string { return "ptr" }

type Wrap struct {
	Inner OnlyS
	P     *PtrS
}

type Gstr struct{ f []byte }

func (g Gstr) GoString() string { return "Gstr!" }

func main() {
	fmt.Println(Both{})
	fmt.Printf("%v %s %q\n", Both{}, Both{}, Both{})
	fmt.Println(OnlyS{3}, []OnlyS{{1}, {2}})
	fmt.Printf("%d %v %+v\n", OnlyS{4}, OnlyS{4}, OnlyS{4})
	fmt.Printf("%x\n", OnlyS{10})
	fmt.Println(PtrS{1}, &PtrS{1})
	fmt.Println(Wrap{OnlyS{5}, &PtrS{}})
	fmt.Printf("%+v\n", Wrap{OnlyS{5}, nil})
	fmt.Printf("%#v\n", OnlyS{6})
	fmt.Printf("%#v %v\n", Gstr{}, Gstr{})
	var s fmt.Stringer = OnlyS{7}
	fmt.Println(s)
	m := map[OnlyS]int{{2}: 1, {1}: 2}
	fmt.Println(m)
}
