// File errors: *os.PathError's text and fields, errors.Is through Unwrap
// to os.ErrNotExist and os.ErrExist, os.IsNotExist and os.IsExist,
// errors.As.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	_, err := os.Open("/no/such")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	fmt.Println(errors.Is(err, os.ErrExist), errors.Is(err, os.ErrPermission))

	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%q path=%q err=%v\n", pe.Op, pe.Path, pe.Err)
		fmt.Println(errors.Unwrap(err) == pe.Err, pe.Timeout())
	}

	// Wrapping keeps errors.Is working; os.IsNotExist looks one level only.
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, os.ErrNotExist), os.IsNotExist(wrapped))

	_, err = os.Stat("/nonexistent/x")
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	fmt.Println(os.Remove("/nonexistent/x"))
	fmt.Println(os.Mkdir("/nonexistent/x", 0755))
	fmt.Println(os.Chdir("/nonexistent/x"))
	fmt.Println(os.Rename("/nonexistent/a", "/nonexistent/b"))

	dir, err := os.MkdirTemp("", "gosub")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.Chdir(dir)

	os.WriteFile("here.txt", []byte("x"), 0644)
	err = os.Mkdir("here.txt", 0755)
	fmt.Println(err, errors.Is(err, os.ErrExist), os.IsExist(err))
	_, err = os.Open("here.txt/inside")
	fmt.Println(err, os.IsNotExist(err))
	os.Mkdir("d", 0755)
	os.WriteFile("d/f", nil, 0644)
	err = os.Remove("d")
	fmt.Println(err, os.IsExist(err), errors.Is(err, os.ErrExist))

	_, err = os.CreateTemp("", "bad/pattern")
	fmt.Println(err)
	_, err = os.MkdirTemp("", "bad/pattern")
	fmt.Println(err)
	fmt.Println(os.RemoveAll("d/."))

	fmt.Println(os.ErrNotExist, "|", os.ErrExist, "|", os.ErrPermission, "|", os.ErrClosed, "|", os.ErrInvalid)
	fmt.Println(os.IsNotExist(nil), os.IsNotExist(os.ErrNotExist), os.IsExist(errors.New("file exists")))
}
