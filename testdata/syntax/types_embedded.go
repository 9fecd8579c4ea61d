package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Base
	*Logger
	Name string
}

type ReadWriter interface {
	Reader
	Writer
}

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }

func main() {
	s := Service{Base{7}, &Logger{"> "}, "svc"}
	s.Log(s.Describe())
	fmt.Println(s.ID, s.Name)
	var rw ReadWriter
	fmt.Println(rw == nil)
}
