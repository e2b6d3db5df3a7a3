package runtime

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function that serves only to distinguish
	// run time errors from ordinary errors.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod == "" {
		return "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted
	}
	return "interface conversion: " + e.concrete + " is not " + e.asserted +
		": missing method " + e.missingMethod
}
