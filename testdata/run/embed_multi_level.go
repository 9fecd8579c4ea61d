package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(s string) string { return l.prefix + s }

type Service struct {
	*Logger
	name string
}

type App struct {
	Service
	version int
}

func (a App) Info() string { return a.Log(fmt.Sprintf("%s v%d", a.name, a.version)) }

func main() {
	app := App{Service{&Logger{"[log] "}, "api"}, 2}
	fmt.Println(app.Info())
	fmt.Println(app.prefix, app.Service.Logger.prefix)
	app.prefix = "[new] "
	fmt.Println(app.Log("x"))
	cp := app
	cp.prefix = "[cp] "
	fmt.Println(app.Log("shared"), cp.name)
	type Point struct{ X, Y int }
	type Circle struct {
		Point
		R int
	}
	type Wheel struct {
		Circle
		Spokes int
	}
	w := Wheel{Circle{Point{8, 8}, 5}, 20}
	w.X = 42
	fmt.Printf("%+v\n%#v\n", w, w)
}
