package shout

// Loud adds an exclamation mark.
func Loud(s string) string { return s + "!" }
