package reflect

import "unsafe"

// visit records a comparison in progress, so that cyclic values terminate:
// a pair of (pointer-like) values being compared again is taken as equal.
type visit struct {
	a1, a2 unsafe.Pointer
	typ    *rtype
}

// DeepEqual reports whether x and y are "deeply equal" (see Go's
// documentation of reflect.DeepEqual for the rules).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if !sameType(v1.typ, v2.typ) {
		return false
	}
	return deepValueEqual(v1, v2, make(map[visit]bool))
}

// mayCycle reports whether v1 and v2 are references that could lead back
// to themselves (and so must be recorded in visited).
func mayCycle(v1, v2 Value) bool {
	switch v1.Kind() {
	case Pointer, Map, Slice, Interface:
		return !v1.IsNil() && !v2.IsNil()
	}
	return false
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if !sameType(v1.typ, v2.typ) {
		return false
	}
	if mayCycle(v1, v2) {
		addr := func(v Value) unsafe.Pointer {
			if v.Kind() == Pointer || v.Kind() == Map {
				return v.pointer()
			}
			return v.ptr
		}
		a1, a2 := addr(v1), addr(v2)
		if uintptr(a1) > uintptr(a2) {
			a1, a2 = a2, a1
		}
		k := visit{a1, a2, v1.typ}
		if visited[k] {
			return true
		}
		visited[k] = true
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		if v1.typ.elem.Kind() == Uint8 {
			return string(*(*[]byte)(v1.ptr)) == string(*(*[]byte)(v2.ptr))
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if v1.pointer() == v2.pointer() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.pointer() == v2.pointer() {
			return true
		}
		for _, k := range v1.MapKeys() {
			e1, e2 := v1.MapIndex(k), v2.MapIndex(k)
			if !e1.IsValid() || !e2.IsValid() || !deepValueEqual(e1, e2, visited) {
				return false
			}
		}
		return true
	case Func:
		// Funcs are equal only if both are nil.
		return v1.IsNil() && v2.IsNil()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return *(*string)(v1.ptr) == *(*string)(v2.ptr)
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	case Chan, UnsafePointer:
		return v1.pointer() == v2.pointer()
	}
	return packEface(v1) == packEface(v2)
}
