// os beyond files: Getwd/Chdir, Hostname, process ids, TempDir, the environment, Args,
// FileMode.String, and an os.Exit status.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	wd, err := os.Getwd()
	fmt.Println("getwd:", wd != "" && filepath.IsAbs(wd), err)
	dir, _ := os.MkdirTemp("", "swiftgo-wd-")
	defer os.RemoveAll(dir)
	fmt.Println("chdir:", os.Chdir(dir))
	wd2, _ := os.Getwd()
	real, _ := filepath.EvalSymlinks(dir)
	fmt.Println("getwd after chdir:", wd2 == dir || wd2 == real)
	os.WriteFile("rel.txt", []byte("relative"), 0644)
	b, err := os.ReadFile(filepath.Join(dir, "rel.txt"))
	fmt.Println("relative path:", string(b), err)
	fmt.Println("chdir missing:", os.Chdir("/nonexistent/dir"))
	os.Chdir(wd)

	h, err := os.Hostname()
	k, _ := os.ReadFile("/proc/sys/kernel/hostname")
	fmt.Println("hostname:", h == strings.TrimSpace(string(k)), err)
	fmt.Println("pids:", os.Getpid() > 0, os.Getppid() > 0, os.Getpid() != os.Getppid())
	fmt.Println("uid:", os.Getuid() >= 0, os.Geteuid() == os.Getuid(), os.Getgid() >= 0)
	td := os.Getenv("TMPDIR")
	if td == "" {
		td = "/tmp"
	}
	fmt.Println("TempDir:", os.TempDir() == td)
	fmt.Println("args:", len(os.Args), os.Args[0] != "")
	pg, _ := os.Executable()
	fmt.Println("executable:", filepath.IsAbs(pg))

	fmt.Println(os.Setenv("SWIFTGO_TEST_VAR", "v1"))
	v, ok := os.LookupEnv("SWIFTGO_TEST_VAR")
	fmt.Println("env:", v, ok, os.Getenv("SWIFTGO_TEST_VAR"))
	n := 0
	for _, kv := range os.Environ() {
		if kv == "SWIFTGO_TEST_VAR=v1" {
			n++
		}
	}
	fmt.Println("in Environ:", n)
	fmt.Println(os.ExpandEnv("[$SWIFTGO_TEST_VAR] [${SWIFTGO_TEST_VAR}x]"))
	os.Unsetenv("SWIFTGO_TEST_VAR")
	_, ok = os.LookupEnv("SWIFTGO_TEST_VAR")
	fmt.Println("after unset:", ok)
	fmt.Println("setenv bad:", os.Setenv("", "x"), os.Setenv("A=B", "x"))

	for _, m := range []fs.FileMode{0, 0644, 0755 | fs.ModeDir, 0777 | fs.ModeSymlink, fs.ModeNamedPipe | 0600,
		fs.ModeSocket, fs.ModeDevice | fs.ModeCharDevice | 0666, fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky | 0755,
		fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | fs.ModeIrregular} {
		fmt.Println(uint32(m), m.String(), m.IsDir(), m.IsRegular(), m.Type())
	}
	fi, err := os.Stat("/dev/null")
	fmt.Println("/dev/null:", fi.Mode(), err)
	fi, _ = os.Lstat("/proc/self")
	fmt.Println("/proc/self:", fi.Mode()&fs.ModeSymlink != 0)
	defer fmt.Println("deferred calls do not run on Exit")
	os.Exit(3)
}
