package reflectlite

import "unsafe"

type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5
	flagEmbedRO     flag = 1 << 6
	flagIndir       flag = 1 << 7
	flagAddr        flag = 1 << 8
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// Value is the reflection interface to a Go value: its type, a pointer to
// the value (flagIndir) or the value itself (pointer-shaped kinds), flags.
type Value struct {
	typ *rtype
	ptr unsafe.Pointer
	flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflectlite: call of " + e.Method + " on zero Value"
	}
	return "reflectlite: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (f flag) mustBe(name string, expected Kind) {
	if Kind(f&flagKindMask) != expected {
		panic(&ValueError{name, f.kind()})
	}
}

// mustBeExported and mustBeAssignable panic as gc's do, naming the method
// (gc finds the name from its caller's frame; here the caller passes it).
func (f flag) mustBeExported(name string) {
	if f == 0 {
		panic(&ValueError{name, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflectlite: " + name + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable(name string) {
	if f == 0 {
		panic(&ValueError{name, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflectlite: " + name + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflectlite: " + name + " using unaddressable value")
	}
}

// Runtime hooks (Runtime/reflectlite.c).
func unsafe_New(t *rtype) unsafe.Pointer
func unsafe_NewArray(t *rtype, n int) unsafe.Pointer
func typedmemmove(t *rtype, dst, src unsafe.Pointer)
func mapaccess(mt unsafe.Pointer, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer
func mapiterinit(mt unsafe.Pointer, m unsafe.Pointer, it *hiter)
func mapiternext(it *hiter)
func chanlen(c unsafe.Pointer) int
func chancap(c unsafe.Pointer) int
func ifaceE2I(inter *rtype, t *rtype) unsafe.Pointer

// ValueOf returns a new Value initialized to the concrete value stored in i.
func ValueOf(i any) Value {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	t := e.typ
	if t == nil {
		return Value{}
	}
	f := flag(t.kind)
	if ifaceIndir(t) {
		f |= flagIndir
	}
	return Value{t, e.word, f}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflectlite: Zero(nil)")
	}
	t := typ.common()
	fl := flag(t.kind)
	if ifaceIndir(t) {
		return Value{t, unsafe_New(t), fl | flagIndir}
	}
	return Value{t, nil, fl}
}

// MakeSlice creates a new zero-initialized slice value for the specified slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflectlite.MakeSlice of non-slice type")
	}
	if len < 0 || cap < len {
		panic("reflectlite.MakeSlice: bad len or cap")
	}
	t := typ.common()
	s := sliceHeader{unsafe_NewArray(t.elem, cap), len, cap}
	p := unsafe_New(t)
	*(*sliceHeader)(p) = s
	return Value{t, p, flagIndir | flag(Slice)}
}

type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

func (v Value) IsValid() bool  { return v.flag != 0 }
func (v Value) Kind() Kind     { return v.kind() }
func (v Value) CanAddr() bool  { return v.flag&flagAddr != 0 }
func (v Value) CanSet() bool   { return v.flag&(flagAddr|flagRO) == flagAddr }
func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflectlite.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return v.typ
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.flag == 0 {
		panic(&ValueError{"reflectlite.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflectlite.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return packEface(v)
}

func packEface(v Value) any {
	t := v.typ
	if v.kind() == Interface {
		if t.NumMethod() == 0 {
			return *(*any)(v.ptr)
		}
		ni := (*nonEmptyInterface)(v.ptr)
		var i any
		if ni.itab != nil {
			e := (*emptyInterface)(unsafe.Pointer(&i))
			e.typ = ni.itab.typ
			e.word = ni.word
		}
		return i
	}
	var i any
	e := (*emptyInterface)(unsafe.Pointer(&i))
	switch {
	case ifaceIndir(t):
		ptr := v.ptr
		if v.flag&flagAddr != 0 {
			c := unsafe_New(t)
			typedmemmove(t, c, ptr)
			ptr = c
		}
		e.word = ptr
	case v.flag&flagIndir != 0:
		e.word = *(*unsafe.Pointer)(v.ptr)
	default:
		e.word = v.ptr
	}
	e.typ = t
	return i
}

func (v Value) Bool() bool {
	v.mustBe("reflectlite.Value.Bool", Bool)
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflectlite.Value.Int", v.kind()})
}

func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflectlite.Value.Uint", v.kind()})
}

func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflectlite.Value.Float", v.kind()})
}

func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflectlite.Value.Complex", v.kind()})
}

// String returns the string v's underlying value, as a string; for other
// kinds "<T Value>".
func (v Value) String() string {
	if v.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.kind() == Invalid {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	case Map:
		m := v.pointer()
		if m == nil {
			return 0
		}
		return *(*int)(m)
	case Chan:
		return chanlen(v.pointer())
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return v.typ.elem.Len()
		}
	}
	panic(&ValueError{"reflectlite.Value.Len", v.kind()})
}

func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return v.Len()
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	case Chan:
		return chancap(v.pointer())
	}
	panic(&ValueError{"reflectlite.Value.Cap", v.kind()})
}

func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.pointer() == nil
	case Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflectlite.Value.IsNil", v.kind()})
}

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Chan, Map, Pointer, UnsafePointer, Func:
		return uintptr(v.pointer())
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).Data)
	}
	panic(&ValueError{"reflectlite.Value.Pointer", v.kind()})
}

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(v.Pointer()) }

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		var eface any
		if v.typ.NumMethod() == 0 {
			eface = *(*any)(v.ptr)
		} else {
			ni := (*nonEmptyInterface)(v.ptr)
			if ni.itab != nil {
				e := (*emptyInterface)(unsafe.Pointer(&eface))
				e.typ = ni.itab.typ
				e.word = ni.word
			}
		}
		x := ValueOf(eface)
		if x.flag != 0 {
			x.flag |= v.flag.ro()
		}
		return x
	case Pointer:
		ptr := v.pointer()
		if ptr == nil {
			return Value{}
		}
		t := v.typ.elem
		return Value{t, ptr, v.flag&flagRO | flagIndir | flagAddr | flag(t.kind)}
	}
	panic(&ValueError{"reflectlite.Value.Elem", v.kind()})
}

func (v Value) NumField() int {
	v.mustBe("reflectlite.Value.NumField", Struct)
	return len((*structType)(unsafe.Pointer(v.typ)).fields)
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe("reflectlite.Value.Field", Struct)
	st := (*structType)(unsafe.Pointer(v.typ))
	if uint(i) >= uint(len(st.fields)) {
		panic("reflectlite: Field index out of range")
	}
	f := &st.fields[i]
	fl := v.flag&(flagStickyRO|flagIndir|flagAddr) | flag(f.typ.kind)
	if !isExported(f.name) {
		if f.embedded != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{f.typ, unsafe.Add(v.ptr, f.offset), fl}
}

// FieldByName returns the struct field with the given name.
func (v Value) FieldByName(name string) Value {
	v.mustBe("reflectlite.Value.FieldByName", Struct)
	st := (*structType)(unsafe.Pointer(v.typ))
	for i := range st.fields {
		if st.fields[i].name == name {
			return v.Field(i)
		}
	}
	return Value{}
}

// Index returns v's i'th element.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		n := int((*arrayType)(unsafe.Pointer(v.typ)).len)
		if uint(i) >= uint(n) {
			panic("reflectlite: array index out of range")
		}
		t := v.typ.elem
		fl := v.flag&(flagIndir|flagAddr) | v.flag.ro() | flag(t.kind)
		return Value{t, unsafe.Add(v.ptr, uintptr(i)*t.size), fl}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflectlite: slice index out of range")
		}
		t := v.typ.elem
		fl := flagAddr | flagIndir | v.flag.ro() | flag(t.kind)
		return Value{t, unsafe.Add(s.Data, uintptr(i)*t.size), fl}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflectlite: string index out of range")
		}
		b := *(*byte)(unsafe.Add(s.Data, i))
		return ValueOf(b)
	}
	panic(&ValueError{"reflectlite.Value.Index", v.kind()})
}

// Bytes returns v's underlying value (a slice of bytes or an addressable byte array).
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflectlite.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflectlite.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflectlite.Value.Bytes of unaddressable byte array")
		}
		n := v.Len()
		return unsafe.Slice((*byte)(v.ptr), n)
	}
	panic(&ValueError{"reflectlite.Value.Bytes", v.kind()})
}

// Slice returns v[i:j]. Slicing an array yields a value of the array's
// slice type only when the program has one; fmt slices []byte-like arrays.
func (v Value) Slice(i, j int) Value {
	switch v.kind() {
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if i < 0 || j < i || j > s.Cap {
			panic("reflectlite.Value.Slice: slice index out of bounds")
		}
		p := unsafe_New(v.typ)
		ns := (*sliceHeader)(p)
		ns.Len = j - i
		ns.Cap = s.Cap - i
		if s.Cap-i > 0 {
			ns.Data = unsafe.Add(s.Data, uintptr(i)*v.typ.elem.size)
		} else {
			ns.Data = s.Data
		}
		return Value{v.typ, p, v.flag.ro() | flagIndir | flag(Slice)}
	case String:
		s := *(*string)(v.ptr)
		ns := s[i:j]
		return Value{v.typ, unsafe.Pointer(&ns), v.flag.ro() | flagIndir | flag(String)}
	case Array:
		if v.typ.elem.Kind() == Uint8 && v.CanAddr() {
			b := v.Bytes()[i:j]
			return ValueOf(b)
		}
	}
	panic(&ValueError{"reflectlite.Value.Slice", v.kind()})
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflectlite.Set")
	x.mustBeExported("reflectlite.Set")
	var target unsafe.Pointer
	if v.kind() == Interface {
		target = v.ptr
	}
	x = x.assignTo("reflectlite.Set", v.typ, target)
	if x.flag&flagIndir != 0 {
		typedmemmove(v.typ, v.ptr, x.ptr)
	} else {
		*(*unsafe.Pointer)(v.ptr) = x.ptr
	}
}

// assignTo returns a Value of type dst holding v, converted to an
// interface if dst is one; target, if not nil, receives an interface.
func (v Value) assignTo(context string, dst *rtype, target unsafe.Pointer) Value {
	switch {
	case directlyAssignable(dst, v.typ):
		fl := v.flag&(flagAddr|flagIndir) | v.flag.ro()
		fl |= flag(dst.Kind())
		return Value{dst, v.ptr, fl}
	case dst.Kind() == Interface && implements(dst, v.typ):
		if target == nil {
			target = unsafe_New(dst)
		}
		if v.Kind() == Interface && v.IsNil() {
			typedmemmove(dst, target, unsafe_New(dst))
			return Value{dst, target, flagIndir | flag(Interface)}
		}
		i := packEface(v)
		e := (*emptyInterface)(unsafe.Pointer(&i))
		if dst.NumMethod() == 0 {
			*(*any)(target) = i
		} else {
			ni := (*nonEmptyInterface)(target)
			ni.itab = (*struct {
				ityp *rtype
				typ  *rtype
			})(ifaceE2I(dst, e.typ))
			ni.word = e.word
		}
		return Value{dst, target, flagIndir | flag(Interface)}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflectlite.Value.SetBool")
	v.mustBe("reflectlite.Value.SetBool", Bool)
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflectlite.Value.SetInt")
	switch v.kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflectlite.Value.SetInt", v.kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflectlite.Value.SetUint")
	switch v.kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflectlite.Value.SetUint", v.kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflectlite.Value.SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflectlite.Value.SetFloat", v.kind()})
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflectlite.Value.SetComplex")
	switch v.kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflectlite.Value.SetComplex", v.kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflectlite.Value.SetString")
	v.mustBe("reflectlite.Value.SetString", String)
	*(*string)(v.ptr) = x
}

// NumMethod returns the number of exported methods in the value's method set.
func (v Value) NumMethod() int { return v.typ.NumMethod() }

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return v.Float() == 0
	case Complex64, Complex128:
		return v.Complex() == 0
	case String:
		return v.Len() == 0
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflectlite.Value.IsZero", v.Kind()})
}

// Maps.

// hiter mirrors swiftgo_abi.h's hiter (GO_HITER_SIZE bytes); its pointers
// are typed as such so that the collector sees them.
type hiter struct {
	key         unsafe.Pointer
	elem        unsafe.Pointer
	t           unsafe.Pointer
	h           unsafe.Pointer
	buckets     unsafe.Pointer
	bptr        unsafe.Pointer
	startBucket uintptr
	bucket      uintptr
	checkBucket uintptr
	offset      uint8
	wrapped     bool
	B           uint8
	i           uint8
}

// copyVal returns a Value holding a copy of the value of type t at ptr.
func copyVal(t *rtype, fl flag, ptr unsafe.Pointer) Value {
	if ifaceIndir(t) {
		c := unsafe_New(t)
		typedmemmove(t, c, ptr)
		return Value{t, c, fl | flagIndir}
	}
	return Value{t, *(*unsafe.Pointer)(ptr), fl}
}

// MapIndex returns the value associated with key in the map v.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("reflectlite.Value.MapIndex", Map)
	mt := (*mapType)(unsafe.Pointer(v.typ))
	m := v.pointer()
	if m == nil {
		return Value{}
	}
	key = key.assignTo("reflectlite.Value.MapIndex", mt.key, nil)
	var k unsafe.Pointer
	if key.flag&flagIndir != 0 {
		k = key.ptr
	} else {
		k = unsafe.Pointer(&key.ptr)
	}
	e := mapaccess(mt.mt, m, k)
	if e == nil {
		return Value{}
	}
	t := v.typ.elem
	return copyVal(t, v.flag.ro()|flag(t.kind), e)
}

// MapKeys returns a slice containing all the keys present in the map, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe("reflectlite.Value.MapKeys", Map)
	var keys []Value
	it := v.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
	}
	return keys
}

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m       Value
	hiter   hiter
	started bool
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflectlite.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next advances the map iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !iter.started {
		iter.started = true
		m := iter.m.pointer()
		if m == nil {
			return false
		}
		mt := (*mapType)(unsafe.Pointer(iter.m.typ))
		mapiterinit(mt.mt, m, &iter.hiter)
	} else {
		if iter.hiter.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(&iter.hiter)
	}
	return iter.hiter.key != nil
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value {
	if !iter.started || iter.hiter.key == nil {
		panic("MapIter.Key called before Next or on exhausted iterator")
	}
	t := (*mapType)(unsafe.Pointer(iter.m.typ)).key
	return copyVal(t, iter.m.flag.ro()|flag(t.kind), iter.hiter.key)
}

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value {
	if !iter.started || iter.hiter.key == nil {
		panic("MapIter.Value called before Next or on exhausted iterator")
	}
	t := iter.m.typ.elem
	return copyVal(t, iter.m.flag.ro()|flag(t.kind), iter.hiter.elem)
}

// Indirect returns the value that v points to (v itself if it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	s := (*sliceHeader)(v.ptr)
	t := v.typ.elem
	size := t.size
	tmp := unsafe_New(t)
	return func(i, j int) {
		if uint(i) >= uint(s.Len) || uint(j) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		pi := unsafe.Add(s.Data, uintptr(i)*size)
		pj := unsafe.Add(s.Data, uintptr(j)*size)
		typedmemmove(t, tmp, pi)
		typedmemmove(t, pi, pj)
		typedmemmove(t, pj, tmp)
	}
}
