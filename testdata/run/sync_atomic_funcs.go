package main

import (
	"fmt"
	"sync/atomic"
)

// The package functions on every width, with wraparound and masks.
func main() {
	var i32 int32 = 10
	fmt.Println("AddInt32:", atomic.AddInt32(&i32, -15), i32)
	fmt.Println("AddInt32 wraps:", atomic.AddInt32(&i32, -(1<<31)+5), i32)
	var u32 uint32
	fmt.Println("AddUint32 minus one:", atomic.AddUint32(&u32, ^uint32(0)), u32)
	fmt.Println("SwapUint32:", atomic.SwapUint32(&u32, 7), u32)
	fmt.Println("CompareAndSwapUint32:", atomic.CompareAndSwapUint32(&u32, 6, 1), atomic.CompareAndSwapUint32(&u32, 7, 1), u32)

	var i64 int64 = -1 << 62
	fmt.Println("AddInt64:", atomic.AddInt64(&i64, -1<<62), atomic.AddInt64(&i64, -1), i64)
	atomic.StoreInt64(&i64, 1<<40)
	fmt.Println("LoadInt64:", atomic.LoadInt64(&i64))
	fmt.Println("SwapInt64:", atomic.SwapInt64(&i64, -3), atomic.LoadInt64(&i64))
	fmt.Println("CompareAndSwapInt64:", atomic.CompareAndSwapInt64(&i64, -3, 4), atomic.CompareAndSwapInt64(&i64, -3, 5), i64)

	var u64 uint64 = 1<<64 - 1
	fmt.Println("AddUint64 wraps:", atomic.AddUint64(&u64, 2), u64)
	atomic.StoreUint64(&u64, 0xF0F0)
	fmt.Println("AndUint64 returns old:", atomic.AndUint64(&u64, 0xFF00), u64)
	fmt.Println("OrUint64 returns old:", atomic.OrUint64(&u64, 0x000F), u64)

	var p uintptr = 100
	fmt.Println("AddUintptr:", atomic.AddUintptr(&p, 28), atomic.LoadUintptr(&p))
	atomic.StoreUintptr(&p, 3)
	fmt.Println("SwapUintptr:", atomic.SwapUintptr(&p, 12), p)
	fmt.Println("AndUintptr:", atomic.AndUintptr(&p, 10), "OrUintptr:", atomic.OrUintptr(&p, 1), p)
	fmt.Println("CompareAndSwapUintptr:", atomic.CompareAndSwapUintptr(&p, 9, 0), p)

	var m int32 = -1
	old := atomic.AndInt32(&m, 0x0F0F)
	fmt.Println("AndInt32:", old, m)
	old = atomic.OrInt32(&m, -1<<31)
	fmt.Println("OrInt32:", old, m)
	var n int64 = 6
	old64 := atomic.AndInt64(&n, 3)
	fmt.Println("AndInt64:", old64, n)
	old64 = atomic.OrInt64(&n, 8)
	fmt.Println("OrInt64:", old64, n)
	var k uint32 = 0xFFFF
	oldu := atomic.AndUint32(&k, 0xF00F)
	fmt.Println("AndUint32:", oldu, k)
	oldu = atomic.OrUint32(&k, 1<<31)
	fmt.Println("OrUint32:", oldu, k)
	fmt.Println("LoadInt32:", atomic.LoadInt32(&m), "LoadUint32:", atomic.LoadUint32(&k))
	atomic.StoreInt32(&m, -7)
	atomic.StoreUint32(&k, 1<<32-1)
	fmt.Println("after Store:", m, k)
	old = atomic.SwapInt32(&m, 2)
	fmt.Println("SwapInt32:", old, m)
	fmt.Println("CompareAndSwapInt32:", atomic.CompareAndSwapInt32(&m, 2, -2), m)

	// An element of a slice and a field of a struct are addressable too.
	counts := make([]int64, 3)
	for i := 0; i < 10; i++ {
		atomic.AddInt64(&counts[i%3], int64(i))
	}
	s := struct {
		a, b uint32
	}{}
	atomic.AddUint32(&s.b, 5)
	fmt.Println("slice elements:", counts, "struct field:", s)
}
