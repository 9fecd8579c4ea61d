package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string { return names[s] }

type Event string

var transitions = map[State]map[Event]State{
	Idle:    {"start": Running},
	Running: {"pause": Paused, "stop": Stopped},
	Paused:  {"resume": Running, "stop": Stopped},
}

func step(s State, e Event) (State, bool) {
	next, ok := transitions[s][e]
	if !ok {
		return s, false
	}
	return next, true
}

func main() {
	s := Idle
	for _, e := range []Event{"start", "pause", "bogus", "resume", "stop"} {
		var ok bool
		s, ok = step(s, e)
		fmt.Printf("%-6s -> %v (%t)\n", e, s, ok)
	}
}
