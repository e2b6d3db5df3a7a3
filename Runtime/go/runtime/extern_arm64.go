package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "arm64"
