package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../a", "../../a/./b/", "a//b///c/", "/a/b/..", "abc/./..", "./a/.."} {
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
		d, f := filepath.Split(p)
		fmt.Printf("  Split=%q,%q IsLocal=%v\n", d, f, filepath.IsLocal(p))
	}
	fmt.Println(filepath.Join("a", "", "b/c", "../d"), filepath.Join(), filepath.Join("", ""), filepath.Join("/", "x"))
	fmt.Println(filepath.Ext("archive.tar.gz"), filepath.Base("/usr/lib/"), filepath.SplitList("/bin:/usr/bin"), len(filepath.SplitList("")))
	pairs := [][2]string{{"/a", "/a/b/c"}, {"/a/b", "/a/c"}, {"/", "/x"}, {"a/b", "a/c/d"}, {"a", "."}, {".", "a"}, {"a", "/b"}, {"../a", "b"}, {"a/b/c", "a"}, {"", "x/y"}, {"/a/b", "/a/b"}}
	for _, pr := range pairs {
		r, err := filepath.Rel(pr[0], pr[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pr[0], pr[1], r, err)
	}
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator), filepath.ToSlash("a/b"), filepath.VolumeName("/x"))
	abs, err := filepath.Abs("/x/../y")
	fmt.Println(abs, err)
}
