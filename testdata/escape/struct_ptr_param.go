package main

type Config struct {
	name string
	size int
}

func describe(c *Config) string {
	return c.name
}

func resize(c *Config, n int) *Config {
	c.size = n
	return c
}

func main() {
	c := Config{"a", 1}
	println(describe(&c), resize(&c, 2).size)
}
