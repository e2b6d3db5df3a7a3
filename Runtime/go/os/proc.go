package os

// Command line and environment, from the runtime (Runtime/os.c).
func argc() int
func argv(i int) string
func envc() int
func envAt(i int) string

// Exit causes the current program to exit with the given status code
// (deferred functions are not run).
func Exit(code int)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	n := argc()
	Args = make([]string, n)
	for i := range Args {
		Args[i] = argv(i)
	}
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	n := envc()
	e := make([]string, n)
	for i := range e {
		e[i] = envAt(i)
	}
	return e
}

// LookupEnv retrieves the value of the environment variable named by the key.
func LookupEnv(key string) (string, bool) {
	for i, n := 0, envc(); i < n; i++ {
		s := envAt(i)
		if len(s) > len(key) && s[len(key)] == '=' && s[:len(key)] == key {
			return s[len(key)+1:], true
		}
	}
	return "", false
}

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Getpid returns the process id of the caller.
func Getpid() int
