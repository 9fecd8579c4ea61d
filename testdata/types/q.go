package main

import (
	"math/rand"
	"strings"
	"sync/atomic"
	"time"
)

func main() {
	var x atomic.Int64
	x.Foo() // ERROR "x\.Foo undefined \(type \"sync/atomic\"\.Int64 has no field or method Foo\)"
	var b strings.Builder
	b.Foo() // ERROR "b\.Foo undefined \(type strings\.Builder has no field or method Foo\)"
	var d time.Duration = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as time\.Duration value in variable declaration"
	r := rand.New(nil)
	r.Foo() // ERROR "r\.Foo undefined \(type \*rand\.Rand has no field or method Foo\)"
	_ = d
}
