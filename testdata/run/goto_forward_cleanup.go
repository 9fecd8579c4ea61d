package main

import "fmt"

func process(vals []int) (res string) {
	sum := 0
	for _, v := range vals {
		if v < 0 {
			res = "negative"
			goto done
		}
		sum += v
	}
	res = fmt.Sprint("sum=", sum)
done:
	return res + "!"
}

func main() {
	fmt.Println(process([]int{1, 2, 3}))
	fmt.Println(process([]int{1, -2, 3}))
	fmt.Println(process(nil))
	count := 0
	{
	top:
		count++
		if count < 3 {
			goto top
		}
	}
	fmt.Println(count)
}
