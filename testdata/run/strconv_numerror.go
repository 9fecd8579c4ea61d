package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("forty")
	fmt.Println(err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseFloat("1e1000", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	_, err = strconv.ParseUint("12", 99, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	fmt.Printf("%T %v\n", err, err.(*strconv.NumError).Func)
	_, err = strconv.Unquote("'")
	fmt.Println(err, err == strconv.ErrSyntax)
}
