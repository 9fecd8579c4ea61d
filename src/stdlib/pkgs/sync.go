// Package sync as Go 1.27 declares it, for gosub. Everything is written in
// Go on sync/atomic and the runtime's semaphores and notify lists (the
// bodiless runtime_* functions, native in src/stdlib/sched.rs), following
// the structure of Go's algorithms:
//
//   - Mutex: a state word (locked bit, woken bit, waiter count) and a
//     semaphore; Unlock wakes one waiter, which competes with newcomers.
//     Simplification: no spinning and no starvation mode (a waiter can be
//     overtaken any number of times).
//   - RWMutex: a writer Mutex, a reader count that a writer drives negative,
//     the count of readers a writer waits for, and a semaphore for each side.
//   - WaitGroup: a 64-bit state (counter high, waiters low) and a semaphore.
//   - Cond: a ticket-based notify list; Map: a map guarded by a Mutex;
//     Pool: a private item and a LIFO stack (one P's worth of Go's pool,
//     with no victim cache, as nothing is ever collected).
package sync

import "sync/atomic"

// ---- runtime hooks ----

// Blocks until *s > 0, then decrements it. reason: 0 semacquire, 1 sync.Mutex.Lock,
// 2 sync.RWMutex.RLock, 3 sync.RWMutex.Lock, 4 sync.WaitGroup.Wait, 5 sync.Cond.Wait
// (the wait reason a deadlock report shows for the goroutine).
func runtime_Semacquire(s *uint32, reason int)

// Increments *s and wakes the longest-waiting goroutine blocked on s, if any.
func runtime_Semrelease(s *uint32, handoff bool)

// Cond's ticket list: Add takes a ticket, Wait blocks until the ticket is notified,
// NotifyOne wakes the oldest waiting ticket, NotifyAll every one.
type notifyList struct {
	wait       uint32
	notify     uint32
	lock       uintptr
	head, tail uintptr
}

func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)

// fatal error: s (not recoverable, exit status 2).
func fatal(s string)

// Wait reasons of runtime_Semacquire.
const (
	waitSemacquire = iota
	waitMutexLock
	waitRWMutexRLock
	waitRWMutexLock
	waitWaitGroupWait
)

// noCopy marks types that must not be copied after first use (go vet).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// ---- Mutex ----

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	_  noCopy
	mu mutex
}

// The lock itself (Go's internal/sync.Mutex).
type mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1 // held
	mutexWoken       = 2 // a waiter was woken and is competing for the lock
	mutexWaiterShift = 2 // the number of sleeping waiters is above these bits
)

// Lock locks m, blocking until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.mu.state, 0, mutexLocked) {
		return
	}
	m.mu.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.mu.state)
	if old&mutexLocked != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.mu.state, old, old|mutexLocked)
}

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock() {
	if s := atomic.AddInt32(&m.mu.state, -mutexLocked); s != 0 {
		m.mu.unlockSlow(s)
	}
}

// lockSlow registers as a waiter while the lock is held and sleeps on the
// semaphore; once woken it competes for the lock again.
func (m *mutex) lockSlow() {
	woken := false
	old := atomic.LoadInt32(&m.state)
	for {
		s := old | mutexLocked
		if old&mutexLocked != 0 {
			s += 1 << mutexWaiterShift
		}
		if woken {
			// The Unlock that woke this goroutine set mutexWoken.
			s &^= mutexWoken
		}
		if atomic.CompareAndSwapInt32(&m.state, old, s) {
			if old&mutexLocked == 0 {
				return
			}
			runtime_Semacquire(&m.sema, waitMutexLock)
			woken = true
		}
		old = atomic.LoadInt32(&m.state)
	}
}

// unlockSlow wakes one sleeping waiter, unless there is none or the lock
// was taken, or a waiter woken already, meanwhile.
func (m *mutex) unlockSlow(s int32) {
	if (s+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	old := s
	for old>>mutexWaiterShift != 0 && old&(mutexLocked|mutexWoken) == 0 {
		if atomic.CompareAndSwapInt32(&m.state, old, (old-1<<mutexWaiterShift)|mutexWoken) {
			runtime_Semrelease(&m.sema, false)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}

// ---- RWMutex ----

// A RWMutex is a reader/writer mutual exclusion lock: any number of readers
// or a single writer. The zero value is an unlocked mutex.
type RWMutex struct {
	w           Mutex        // held by the writer, so writers queue here
	writerSem   uint32       // the writer waits here for departing readers
	readerSem   uint32       // readers wait here for the writer to finish
	readerCount atomic.Int32 // readers holding or waiting; negative while a writer is pending
	readerWait  atomic.Int32 // readers the pending writer still waits for
}

// A writer subtracts this from readerCount to announce itself.
const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading, waiting while a writer holds or awaits it.
func (rw *RWMutex) RLock() {
	if rw.readerCount.Add(1) < 0 {
		runtime_Semacquire(&rw.readerSem, waitRWMutexRLock)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := rw.readerCount.Load()
		if c < 0 {
			return false
		}
		if rw.readerCount.CompareAndSwap(c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if r := rw.readerCount.Add(-1); r < 0 {
		rw.rUnlockSlow(r)
	}
}

// rUnlockSlow: a writer is pending; the last reader it waits for wakes it.
func (rw *RWMutex) rUnlockSlow(r int32) {
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	if rw.readerWait.Add(-1) == 0 {
		runtime_Semrelease(&rw.writerSem, false)
	}
}

// Lock locks rw for writing: it excludes other writers, then announces
// itself to readers and waits for the active ones to leave.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	active := rw.readerCount.Add(-rwmutexMaxReaders) + rwmutexMaxReaders
	if active != 0 && rw.readerWait.Add(active) != 0 {
		runtime_Semacquire(&rw.writerSem, waitRWMutexLock)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing and lets the readers that queued meanwhile in.
func (rw *RWMutex) Unlock() {
	r := rw.readerCount.Add(rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := int32(0); i < r; i++ {
		runtime_Semrelease(&rw.readerSem, false)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker that locks and unlocks rw for reading.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// ---- WaitGroup ----

// A WaitGroup waits for a collection of tasks to finish.
type WaitGroup struct {
	noCopy noCopy
	state  atomic.Uint64 // the counter in the high 32 bits, waiters in the low
	sema   uint32
}

// Add adds delta, which may be negative, to the counter; when it reaches
// zero every goroutine blocked in Wait is released.
func (wg *WaitGroup) Add(delta int) {
	state := wg.state.Add(uint64(delta) << 32)
	count := int32(state >> 32)
	waiters := uint32(state)
	if count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if waiters != 0 && delta > 0 && count == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if count > 0 || waiters == 0 {
		return
	}
	// The counter reached zero with waiters: nobody may Add meanwhile.
	if wg.state.Load() != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	wg.state.Store(0)
	for ; waiters != 0; waiters-- {
		runtime_Semrelease(&wg.sema, false)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Go calls f in a new goroutine and adds that task to the WaitGroup. If f
// panics, the goroutine panics without calling Done.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				panic(x)
			}
			wg.Done()
		}()
		f()
	}()
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := wg.state.Load()
		if int32(state>>32) == 0 {
			return
		}
		if wg.state.CompareAndSwap(state, state+1) {
			runtime_Semacquire(&wg.sema, waitWaitGroupWait)
			if wg.state.Load() != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

// ---- Once ----

// A Once performs exactly one action.
type Once struct {
	_    noCopy
	done atomic.Bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this
// Once; a concurrent caller waits until f has returned. If f panics, Do
// considers it returned.
func (o *Once) Do(f func()) {
	if !o.done.Load() {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done.Load() {
		defer o.done.Store(true)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. If f panics, the
// returned function panics with the same value on every call.
func OnceFunc(f func()) func() {
	var (
		once     Once
		finished bool // f returned normally
		p        any  // what f panicked with
	)
	call := func() {
		defer func() {
			f = nil
			p = recover()
			if !finished {
				panic(p)
			}
		}()
		f()
		finished = true
	}
	return func() {
		once.Do(call)
		if !finished {
			panic(p)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns its
// value. If f panics, the returned function panics with the same value on
// every call.
func OnceValue[T any](f func() T) func() T {
	var (
		once     Once
		finished bool
		p        any
		result   T
	)
	call := func() {
		defer func() {
			f = nil
			p = recover()
			if !finished {
				panic(p)
			}
		}()
		result = f()
		finished = true
	}
	return func() T {
		once.Do(call)
		if !finished {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns its
// values. If f panics, the returned function panics with the same value on
// every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once     Once
		finished bool
		p        any
		r1       T1
		r2       T2
	)
	call := func() {
		defer func() {
			f = nil
			p = recover()
			if !finished {
				panic(p)
			}
		}()
		r1, r2 = f()
		finished = true
	}
	return func() (T1, T2) {
		once.Do(call)
		if !finished {
			panic(p)
		}
		return r1, r2
	}
}

// ---- Cond ----

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition.
	L Locker

	notify  notifyList
	checker copyChecker
}

// copyChecker remembers its own address on first use, to detect a Cond
// copied after first use. check makes no call, so it is indivisible.
type copyChecker struct {
	self *copyChecker
}

func (c *copyChecker) check() {
	if c.self == nil {
		c.self = c
	}
	if c.self != c {
		panic("sync.Cond is copied")
	}
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the goroutine until woken by
// Signal or Broadcast, then locks c.L again before returning.
func (c *Cond) Wait() {
	c.checker.check()
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes the goroutine that has waited on c longest, if any.
func (c *Cond) Signal() {
	c.checker.check()
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.checker.check()
	runtime_notifyListNotifyAll(&c.notify)
}

// ---- Map ----

// Map is like a map[any]any that is safe for concurrent use. The zero
// Map is empty and ready for use.
type Map struct {
	_  noCopy
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if none.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.m)
}

// LoadOrStore returns the existing value for the key if present; otherwise
// it stores and returns the given value. loaded reports which.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.set(key, value)
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value
// if any. loaded reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Swap swaps the value for a key and returns the previous value if any.
// loaded reports whether the key was present.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	m.set(key, value)
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored
// in the map is equal to old (which must be of a comparable type).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old
// (which must be of a comparable type).
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map,
// stopping when f returns false. f may modify the map: a key deleted
// before Range reaches it is skipped; one added meanwhile is not visited.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		v, ok := m.Load(k)
		if ok && !f(k, v) {
			return
		}
	}
}

// set stores under m.mu, making the map on first use.
func (m *Map) set(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// ---- Pool ----

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. New, if set, makes a value when Get finds none.
type Pool struct {
	noCopy noCopy

	private any   // the item Get tries first
	shared  []any // then these, last in first out

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Put adds x to the pool (a nil x is ignored).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	if p == nil {
		panic("nil Pool")
	}
	if p.private == nil {
		p.private = x
		return
	}
	p.shared = append(p.shared, x)
}

// Get removes an item from the pool and returns it; with none, it returns
// the result of calling p.New, or nil if New is nil.
func (p *Pool) Get() any {
	if p == nil {
		panic("nil Pool")
	}
	x := p.private
	p.private = nil
	if n := len(p.shared); x == nil && n > 0 {
		x = p.shared[n-1]
		p.shared[n-1] = nil
		p.shared = p.shared[:n-1]
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
