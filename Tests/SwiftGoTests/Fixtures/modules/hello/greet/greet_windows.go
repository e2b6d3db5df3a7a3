package greet

// Excluded by its file name on linux.
func Hello() {}
