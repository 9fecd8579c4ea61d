package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Employee struct {
	Name   string
	Salary float64
	Dept   string
}

type ByDept []Employee

func (b ByDept) Len() int      { return len(b) }
func (b ByDept) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b ByDept) Less(i, j int) bool {
	if b[i].Dept != b[j].Dept {
		return b[i].Dept < b[j].Dept
	}
	return b[i].Salary > b[j].Salary
}

var ErrParse = errors.New("parse error")

func parse(line string) (Employee, error) {
	f := strings.Split(line, ",")
	if len(f) != 3 {
		return Employee{}, fmt.Errorf("line %q: %w", line, ErrParse)
	}
	sal, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
	if err != nil {
		return Employee{}, fmt.Errorf("salary: %w", err)
	}
	return Employee{Name: f[0], Salary: sal, Dept: strings.TrimSpace(f[2])}, nil
}

type Stats struct {
	mu    sync.Mutex
	total map[string]float64
}

func (s *Stats) Add(e Employee) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.total == nil {
		s.total = make(map[string]float64)
	}
	s.total[e.Dept] += e.Salary
}

func main() {
	data := "ann, 100, eng\nbob, 80, ops\nbad line\ncid, 120, eng"
	sc := bufio.NewScanner(strings.NewReader(data))
	var emps []Employee
	for sc.Scan() {
		e, err := parse(sc.Text())
		if errors.Is(err, ErrParse) {
			fmt.Fprintln(os.Stderr, "skip:", err)
			continue
		} else if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		emps = append(emps, e)
	}
	sort.Sort(ByDept(emps))
	var st Stats
	var wg sync.WaitGroup
	for _, e := range emps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st.Add(e)
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	depts := make([]string, 0, len(st.total))
	for d := range st.total {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Printf("%-4s %8.2f\n", d, st.total[d])
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i, e := range emps {
		fmt.Fprintf(w, "%d. %s (%s)\n", i+1, e.Name, e.Dept)
	}
}
