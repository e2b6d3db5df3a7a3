package reflect

// The parts of reflect beyond what fmt needs (encoding/json and user code):
// pointer types, New, Addr, slices and maps built or grown reflectively,
// Copy, Append, Convert and the Overflow checks. Not copied into
// internal/reflectlite (mklite.py copies type.go and value.go only).

import (
	"math"
	"sync"
	"unsafe"
)

// Runtime hooks (Runtime/reflect.c).
func makemap(mt unsafe.Pointer, hint int) unsafe.Pointer
func mapassign(mt unsafe.Pointer, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer
func mapdelete(mt unsafe.Pointer, m unsafe.Pointer, key unsafe.Pointer)
func memmove(dst, src unsafe.Pointer, n uintptr)

// ptrCache holds the *T descriptors reflect built for types whose pointer
// type the compiler did not emit (it emits *T, with its methods, for named
// types: rtype.ptrToThis). Those built here have no methods, as unnamed
// types have none.
var ptrCache struct {
	sync.Mutex
	m map[*rtype]*rtype
}

// ptrTo returns the descriptor of *t.
func ptrTo(t *rtype) *rtype {
	if t.ptrToThis != nil {
		return t.ptrToThis
	}
	ptrCache.Lock()
	defer ptrCache.Unlock()
	if p, ok := ptrCache.m[t]; ok {
		return p
	}
	s := "*" + t.str
	// An existing descriptor with the same string is the same type.
	for _, p := range ptrCache.m {
		if p.str == s {
			return p
		}
	}
	proto := TypeOf((*unsafe.Pointer)(nil)).common()
	p := new(rtype)
	*p = *proto
	p.str = s
	p.tflag = 0
	p.elem = t
	p.uncommon = nil
	p.ptrToThis = nil
	p.hash = fnv1(s)
	if ptrCache.m == nil {
		ptrCache.m = make(map[*rtype]*rtype)
	}
	ptrCache.m[t] = p
	return p
}

func fnv1(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return toType(ptrTo(t.common())) }

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	return Value{ptrTo(t), unsafe_New(t), flag(Pointer)}
}

// NewAt returns a Value representing a pointer to a value of the specified type at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	return Value{ptrTo(typ.common()), p, flag(Pointer)}
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{ptrTo(v.typ), v.ptr, v.flag&flagRO | flag(Pointer)}
}

// UnsafeAddr returns a pointer to v's data.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe("reflect.Value.SetLen", Slice)
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.Cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.Len = n
}

// SetCap sets v's capacity to n.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe("reflect.Value.SetCap", Slice)
	s := (*sliceHeader)(v.ptr)
	if n < s.Len || n > s.Cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.Cap = n
}

// SetBytes sets v's underlying value.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe("reflect.Value.SetBytes", Slice)
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetPointer sets the unsafe.Pointer value v to x.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe("reflect.Value.SetPointer", UnsafePointer)
	*(*unsafe.Pointer)(v.ptr) = x
}

// SetMapIndex sets the element associated with key in the map v to elem;
// a zero elem deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe("reflect.Value.SetMapIndex", Map)
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	mt := (*mapType)(unsafe.Pointer(v.typ))
	key = key.assignTo("reflect.Value.SetMapIndex", mt.key, nil)
	k := key.ptr
	if key.flag&flagIndir == 0 {
		k = unsafe.Pointer(&key.ptr)
	}
	if elem.typ == nil {
		mapdelete(mt.mt, v.pointer(), k)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", v.typ.elem, nil)
	e := elem.ptr
	if elem.flag&flagIndir == 0 {
		e = unsafe.Pointer(&elem.ptr)
	}
	slot := mapassign(mt.mt, v.pointer(), k)
	typedmemmove(v.typ.elem, slot, e)
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with the specified type and initial space for n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return Value{t, makemap((*mapType)(unsafe.Pointer(t)).mt, n), flag(Map)}
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	if v.kind() != Slice {
		panic(&ValueError{"reflect.Value.Slice3", v.kind()})
	}
	s := (*sliceHeader)(v.ptr)
	if i < 0 || j < i || k < j || k > s.Cap {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	p := unsafe_New(v.typ)
	ns := (*sliceHeader)(p)
	ns.Len, ns.Cap = j-i, k-i
	ns.Data = s.Data
	if k-i > 0 {
		ns.Data = unsafe.Add(s.Data, uintptr(i)*v.typ.elem.size)
	}
	return Value{v.typ, p, v.flag.ro() | flagIndir | flag(Slice)}
}

// Copy copies the contents of src into dst until either dst has been
// filled or src has been exhausted; it returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.kind()
	stringCopy := false
	if sk != Array && sk != Slice {
		stringCopy = sk == String && dst.typ.elem.Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("reflect.Copy")
	de := dst.typ.elem
	if !stringCopy && !sameType(de, src.typ.elem) {
		panic("reflect.Copy: " + de.String() + " != " + src.typ.elem.String())
	}
	dp, dn := sliceData(dst)
	sp, sn := sliceData(src)
	n := dn
	if sn < n {
		n = sn
	}
	if n > 0 {
		memmove(dp, sp, uintptr(n)*de.size)
	}
	return n
}

// sliceData returns the first element and the length of an array, slice or string value.
func sliceData(v Value) (unsafe.Pointer, int) {
	switch v.kind() {
	case Array:
		return v.ptr, v.Len()
	case Slice:
		s := (*sliceHeader)(v.ptr)
		return s.Data, s.Len
	}
	s := (*stringHeader)(v.ptr)
	return s.Data, s.Len
}

// grow returns a copy of the slice value s with room for n more elements
// and its length increased by n.
func (s Value) grow(n int) Value {
	old := *(*sliceHeader)(s.ptr)
	ns := old
	ns.Len = old.Len + n
	if ns.Len > old.Cap {
		c := old.Cap * 2
		if c < ns.Len {
			c = ns.Len
		}
		if c < 4 {
			c = 4
		}
		ns.Data = unsafe_NewArray(s.typ.elem, c)
		ns.Cap = c
		if old.Len > 0 {
			memmove(ns.Data, old.Data, uintptr(old.Len)*s.typ.elem.size)
		}
	}
	p := unsafe_New(s.typ)
	*(*sliceHeader)(p) = ns
	return Value{s.typ, p, s.flag.ro() | flagIndir | flag(Slice)}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe("reflect.Append", Slice)
	n := s.Len()
	s = s.grow(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe("reflect.AppendSlice", Slice)
	t.mustBe("reflect.AppendSlice", Slice)
	if !sameType(s.typ.elem, t.typ.elem) {
		panic("reflect.AppendSlice: " + s.typ.elem.String() + " != " + t.typ.elem.String())
	}
	n := s.Len()
	s = s.grow(t.Len())
	Copy(s.Slice(n, s.Len()), t)
	return s
}

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		bits := v.typ.size * 8
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bits := v.typ.size * 8
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return math.MaxFloat32 < x && x <= math.MaxFloat64
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

// OverflowComplex reports whether the complex128 x cannot be represented by v's type.
func (v Value) OverflowComplex(x complex128) bool {
	switch v.kind() {
	case Complex64:
		f := func(x float64) bool {
			if x < 0 {
				x = -x
			}
			return math.MaxFloat32 < x && x <= math.MaxFloat64
		}
		return f(real(x)) || f(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.kind()})
}

// FieldByIndex returns the nested field corresponding to index; it panics
// when stepping through a nil embedded pointer.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe("reflect.Value.FieldByIndex", Struct)
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem.Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	if vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array && t.Elem().Len() > v.Len() {
		return false
	}
	return true
}

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	dst := t.common()
	if !convertible(dst, v.typ) {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	sk, dk := v.kind(), dst.Kind()
	fl := v.flag.ro()
	switch {
	case isIntKind(sk) && (isIntKind(dk) || dk == Float32 || dk == Float64 || dk == String):
		var bits uint64
		signed := sk <= Int64
		if signed {
			bits = uint64(v.Int())
		} else {
			bits = v.Uint()
		}
		switch {
		case isIntKind(dk):
			return makeInt(fl, bits, dst)
		case dk == String:
			r := rune(0xFFFD)
			if signed && int64(bits) == int64(rune(int64(bits))) || !signed && bits <= 0x7fffffff {
				r = rune(bits)
			}
			return makeString(fl, string(r), dst)
		case signed:
			return makeFloat(fl, float64(int64(bits)), dst)
		default:
			return makeFloat(fl, float64(bits), dst)
		}
	case sk == Float32 || sk == Float64:
		x := v.Float()
		switch {
		case dk == Float32 || dk == Float64:
			return makeFloat(fl, x, dst)
		case dk <= Int64:
			return makeInt(fl, uint64(int64(x)), dst)
		case isIntKind(dk):
			return makeInt(fl, uint64(x), dst)
		}
	case (sk == Complex64 || sk == Complex128) && (dk == Complex64 || dk == Complex128):
		p := unsafe_New(dst)
		if dk == Complex64 {
			*(*complex64)(p) = complex64(v.Complex())
		} else {
			*(*complex128)(p) = v.Complex()
		}
		return Value{dst, p, fl | flagIndir | flag(dk)}
	case sk == String && dk == Slice && dst.elem.str == "uint8":
		b := []byte(*(*string)(v.ptr))
		p := unsafe_New(dst)
		*(*[]byte)(p) = b
		return Value{dst, p, fl | flagIndir | flag(Slice)}
	case sk == String && dk == Slice && dst.elem.str == "int32":
		r := []rune(*(*string)(v.ptr))
		p := unsafe_New(dst)
		*(*[]rune)(p) = r
		return Value{dst, p, fl | flagIndir | flag(Slice)}
	case sk == Slice && dk == String && v.typ.elem.str == "uint8":
		return makeString(fl, string(*(*[]byte)(v.ptr)), dst)
	case sk == Slice && dk == String && v.typ.elem.str == "int32":
		return makeString(fl, string(*(*[]rune)(v.ptr)), dst)
	case sk == Slice && dk == Pointer:
		n := dst.elem.Len()
		if n > v.Len() {
			panic("reflect: cannot convert slice with length " + itoa(v.Len()) + " to pointer to array with length " + itoa(n))
		}
		return Value{dst, (*sliceHeader)(v.ptr).Data, fl | flag(Pointer)}
	}
	if dk == Interface && !haveIdenticalUnderlyingType(dst, v.typ) {
		if v.kind() == Interface && v.IsNil() {
			return Zero(t)
		}
		return v.assignTo("reflect.Value.Convert", dst, nil)
	}
	// Identical underlying types: the same bits under another type.
	ptr := v.ptr
	if v.flag&flagAddr != 0 {
		c := unsafe_New(dst)
		typedmemmove(dst, c, ptr)
		ptr = c
	}
	return Value{dst, ptr, fl | v.flag&flagIndir | flag(dk)}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// makeInt returns a Value of integer type t holding bits truncated to its size.
func makeInt(f flag, bits uint64, t *rtype) Value {
	p := unsafe_New(t)
	switch t.size {
	case 1:
		*(*uint8)(p) = uint8(bits)
	case 2:
		*(*uint16)(p) = uint16(bits)
	case 4:
		*(*uint32)(p) = uint32(bits)
	case 8:
		*(*uint64)(p) = bits
	}
	return Value{t, p, f | flagIndir | flag(t.Kind())}
}

func makeFloat(f flag, x float64, t *rtype) Value {
	p := unsafe_New(t)
	if t.size == 4 {
		*(*float32)(p) = float32(x)
	} else {
		*(*float64)(p) = x
	}
	return Value{t, p, f | flagIndir | flag(t.Kind())}
}

func makeString(f flag, s string, t *rtype) Value {
	p := unsafe_New(t)
	*(*string)(p) = s
	return Value{t, p, f | flagIndir | flag(String)}
}
