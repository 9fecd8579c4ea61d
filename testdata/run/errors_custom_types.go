package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (v ValidationError) Error() string { return fmt.Sprintf("invalid %s (code %d)", v.Field, v.Code) }

type TempErr struct{ err error }

func (t TempErr) Error() string   { return "temporary: " + t.err.Error() }
func (t TempErr) Unwrap() error   { return t.err }
func (t TempErr) Temporary() bool { return true }

type codeIs int

func (c codeIs) Error() string { return "code" }
func (c codeIs) Is(target error) bool {
	v, ok := target.(ValidationError)
	return ok && v.Code == int(c)
}

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", 1}
	}
	if age > 150 {
		return TempErr{ValidationError{"age", 2}}
	}
	return nil
}

func main() {
	for _, a := range []int{10, -1, 200} {
		err := validate(a)
		var ve ValidationError
		fmt.Println(err, errors.As(err, &ve), ve.Code)
		var tmp interface{ Temporary() bool }
		fmt.Println(errors.As(err, &tmp))
	}
	fmt.Println(errors.Is(codeIs(2), ValidationError{"x", 2}), errors.Is(codeIs(2), ValidationError{"x", 3}))
	fmt.Println(errors.Is(ValidationError{"a", 1}, ValidationError{"a", 1}))
}
