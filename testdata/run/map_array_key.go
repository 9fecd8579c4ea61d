package main

import "fmt"

func main() {
	m := map[[2]int]string{}
	m[[2]int{1, 2}] = "a"
	m[[2]int{2, 1}] = "b"
	m[[2]int{1, 2}] += "c"
	fmt.Println(m, len(m))
	anagrams := map[[26]byte][]string{}
	for _, w := range []string{"eat", "tea", "tan", "ate", "nat", "bat"} {
		var k [26]byte
		for i := 0; i < len(w); i++ {
			k[w[i]-'a']++
		}
		anagrams[k] = append(anagrams[k], w)
	}
	fmt.Println(len(anagrams))
	var k [26]byte
	k['a'-'a'], k['e'-'a'], k['t'-'a'] = 1, 1, 1
	fmt.Println(anagrams[k])
	sm := map[[2]string]int{{"x", "y"}: 1}
	fmt.Println(sm[[2]string{"x", "y"}], sm[[2]string{"y", "x"}])
}
