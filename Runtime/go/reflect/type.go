// Package reflect is swiftgo's overlay of Go's reflect: the subset fmt,
// internal/fmtsort and similar code use, reading swiftgo's type descriptors
// (Runtime/include/swiftgo_abi.h: _type and the reflection records after
// it) directly. See Runtime/go/README.md for what is covered.
package reflect

import (
	"strconv"
	"unsafe"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid: "invalid", Bool: "bool", Int: "int", Int8: "int8", Int16: "int16", Int32: "int32",
	Int64: "int64", Uint: "uint", Uint8: "uint8", Uint16: "uint16", Uint32: "uint32",
	Uint64: "uint64", Uintptr: "uintptr", Float32: "float32", Float64: "float64",
	Complex64: "complex64", Complex128: "complex128", Array: "array", Chan: "chan",
	Func: "func", Interface: "interface", Map: "map", Pointer: "ptr", Slice: "slice",
	String: "string", Struct: "struct", UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByIndex(index []int) StructField
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// rtype mirrors swiftgo_abi.h's _type.
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer
	hasher     unsafe.Pointer
	gcdata     *byte
	str        string
	elem       *rtype
	uncommon   *uncommonType
	ptrToThis  *rtype // *T for named non-pointer types (PointerTo)
}

type method struct {
	name string
	mtyp *rtype
	ifn  unsafe.Pointer
}

type uncommonType struct {
	pkgPath string
	mcount  uintptr
	methods *method
}

type imethod struct {
	name string
	typ  *rtype
}

type interfaceType struct {
	rtype
	pkgPath string
	methods []imethod
}

type arrayType struct {
	rtype
	len uintptr
}

type chanType struct {
	rtype
	dir uintptr
}

type mapType struct {
	rtype
	key *rtype
	mt  unsafe.Pointer // the runtime's maptype record
}

type funcType struct {
	rtype
	in       []*rtype
	out      []*rtype
	variadic uintptr
}

type structField struct {
	name     string
	typ      *rtype
	offset   uintptr
	tag      string
	embedded uintptr
}

type structType struct {
	rtype
	pkgPath string
	fields  []structField
}

const tflagNamed = 1 << 2

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

func (t *rtype) common() *rtype   { return t }
func (t *rtype) Kind() Kind       { return Kind(t.kind) }
func (t *rtype) Size() uintptr    { return t.size }
func (t *rtype) Align() int       { return int(t.align) }
func (t *rtype) FieldAlign() int  { return int(t.fieldAlign) }
func (t *rtype) String() string   { return t.str }
func (t *rtype) Comparable() bool { return t.equal != nil }

func (t *rtype) Name() string {
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	s := t.str
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ']':
			depth++
		case '[':
			depth--
		case '.':
			if depth == 0 {
				return s[i+1:]
			}
		}
	}
	return s
}

func (t *rtype) PkgPath() string {
	if t.tflag&tflagNamed == 0 || t.uncommon == nil {
		return ""
	}
	return t.uncommon.pkgPath
}

func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return len((*interfaceType)(unsafe.Pointer(t)).methods)
	}
	if t.uncommon == nil {
		return 0
	}
	n := 0
	for i := 0; i < int(t.uncommon.mcount); i++ {
		m := (*method)(unsafe.Add(unsafe.Pointer(t.uncommon.methods), uintptr(i)*unsafe.Sizeof(method{})))
		if len(m.name) > 0 && m.name[0] >= 'A' && m.name[0] <= 'Z' {
			n++
		}
	}
	return n
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir((*chanType)(unsafe.Pointer(t)).dir)
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType((*mapType)(unsafe.Pointer(t)).key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int((*arrayType)(unsafe.Pointer(t)).len)
}

func (t *rtype) structType() *structType {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	return (*structType)(unsafe.Pointer(t))
}

func (t *rtype) NumField() int { return len(t.structType().fields) }

func (t *rtype) Field(i int) StructField {
	st := t.structType()
	if i < 0 || i >= len(st.fields) {
		panic("reflect: Field index out of bounds")
	}
	p := &st.fields[i]
	f := StructField{Name: p.name, Type: toType(p.typ), Tag: StructTag(p.tag), Offset: p.offset,
		Index: []int{i}, Anonymous: p.embedded != 0}
	if !isExported(p.name) {
		f.PkgPath = st.pkgPath
	}
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	st := t.structType()
	for i := range st.fields {
		if st.fields[i].name == name {
			return t.Field(i), true
		}
	}
	return StructField{}, false
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	f.Type = toType(t)
	for i, x := range index {
		if i > 0 {
			ft := f.Type
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
			f.Type = ft
		}
		f = f.Type.Field(x)
	}
	f.Index = append([]int(nil), index...)
	return f
}

func (t *rtype) funcType() *funcType {
	if t.Kind() != Func {
		panic("reflect: In/Out of non-func type " + t.String())
	}
	return (*funcType)(unsafe.Pointer(t))
}

func (t *rtype) IsVariadic() bool { return t.funcType().variadic != 0 }
func (t *rtype) NumIn() int       { return len(t.funcType().in) }
func (t *rtype) NumOut() int      { return len(t.funcType().out) }
func (t *rtype) In(i int) Type    { return toType(t.funcType().in[i]) }
func (t *rtype) Out(i int) Type   { return toType(t.funcType().out[i]) }

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || uu.Kind() == Interface && implements(uu, t)
}

// directlyAssignable reports whether a value of type V can be assigned to
// type T without conversion: identical types, or identical underlying
// types when one of them is unnamed. Descriptors of one type can exist
// twice (types reflect builds at run time), so identity falls back to the
// type string.
func directlyAssignable(T, V *rtype) bool {
	if sameType(T, V) {
		return true
	}
	if T.tflag&tflagNamed != 0 && V.tflag&tflagNamed != 0 || T.Kind() != V.Kind() {
		return false
	}
	return haveIdenticalUnderlyingType(T, V)
}

func sameType(T, V *rtype) bool {
	return T == V || T != nil && V != nil && T.kind == V.kind && T.tflag&tflagNamed == V.tflag&tflagNamed && T.str == V.str
}

// haveIdenticalUnderlyingType compares the structure of T and V (the
// descriptors do not link a named type to its underlying type).
func haveIdenticalUnderlyingType(T, V *rtype) bool {
	if sameType(T, V) {
		return true
	}
	kind := T.Kind()
	if kind != V.Kind() {
		return false
	}
	if Bool <= kind && kind <= Complex128 || kind == String || kind == UnsafePointer {
		return true
	}
	switch kind {
	case Array:
		return T.Len() == V.Len() && sameType(T.elem, V.elem)
	case Chan:
		return (*chanType)(unsafe.Pointer(T)).dir == (*chanType)(unsafe.Pointer(V)).dir && sameType(T.elem, V.elem)
	case Pointer, Slice:
		return sameType(T.elem, V.elem)
	case Map:
		return sameType((*mapType)(unsafe.Pointer(T)).key, (*mapType)(unsafe.Pointer(V)).key) && sameType(T.elem, V.elem)
	case Func:
		t, v := (*funcType)(unsafe.Pointer(T)), (*funcType)(unsafe.Pointer(V))
		if t.variadic != v.variadic || len(t.in) != len(v.in) || len(t.out) != len(v.out) {
			return false
		}
		for i := range t.in {
			if !sameType(t.in[i], v.in[i]) {
				return false
			}
		}
		for i := range t.out {
			if !sameType(t.out[i], v.out[i]) {
				return false
			}
		}
		return true
	case Interface:
		t, v := (*interfaceType)(unsafe.Pointer(T)), (*interfaceType)(unsafe.Pointer(V))
		if len(t.methods) != len(v.methods) {
			return false
		}
		return implements(T, V) && implements(V, T)
	case Struct:
		t, v := (*structType)(unsafe.Pointer(T)), (*structType)(unsafe.Pointer(V))
		if len(t.fields) != len(v.fields) || t.pkgPath != v.pkgPath {
			return false
		}
		for i := range t.fields {
			tf, vf := &t.fields[i], &v.fields[i]
			if tf.name != vf.name || !sameType(tf.typ, vf.typ) || tf.tag != vf.tag || tf.offset != vf.offset || tf.embedded != vf.embedded {
				return false
			}
		}
		return true
	}
	return false
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(u.common(), t)
}

// convertible reports whether a value of type src converts to type dst
// (the conversions of the spec, as Value.Convert performs them).
func convertible(dst, src *rtype) bool {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case isIntKind(sk) || sk == Float32 || sk == Float64:
		if isIntKind(dk) || dk == Float32 || dk == Float64 {
			return true
		}
		if dk == String && isIntKind(sk) {
			return true
		}
	case sk == Complex64 || sk == Complex128:
		if dk == Complex64 || dk == Complex128 {
			return true
		}
	case sk == String:
		if dk == Slice && dst.elem.str == "uint8" || dk == Slice && dst.elem.str == "int32" {
			return true
		}
	case sk == Slice:
		if dk == String && (src.elem.str == "uint8" || src.elem.str == "int32") {
			return true
		}
		if dk == Pointer && dst.elem.Kind() == Array && sameType(src.elem, dst.elem.elem) {
			return true
		}
	}
	if haveIdenticalUnderlyingType(dst, src) {
		return true
	}
	if dk == Pointer && dst.tflag&tflagNamed == 0 && sk == Pointer && src.tflag&tflagNamed == 0 &&
		haveIdenticalUnderlyingType(dst.elem, src.elem) {
		return true
	}
	return dk == Interface && implements(dst, src)
}

func isIntKind(k Kind) bool { return Int <= k && k <= Uintptr }

// implements reports whether type V implements interface type T.
func implements(T, V *rtype) bool {
	it := (*interfaceType)(unsafe.Pointer(T))
	if len(it.methods) == 0 {
		return true
	}
	if V.Kind() == Interface {
		vt := (*interfaceType)(unsafe.Pointer(V))
		j := 0
		for i := range it.methods {
			for j < len(vt.methods) && vt.methods[j].name != it.methods[i].name {
				j++
			}
			if j == len(vt.methods) || vt.methods[j].typ != it.methods[i].typ && vt.methods[j].typ.str != it.methods[i].typ.str {
				return false
			}
		}
		return true
	}
	u := V.uncommon
	if u == nil {
		return false
	}
	j := 0
	for i := range it.methods {
		for ; j < int(u.mcount); j++ {
			m := (*method)(unsafe.Add(unsafe.Pointer(u.methods), uintptr(j)*unsafe.Sizeof(method{})))
			if m.name == it.methods[i].name && (m.mtyp == it.methods[i].typ || m.mtyp.str == it.methods[i].typ.str) {
				break
			}
		}
		if j == int(u.mcount) {
			return false
		}
	}
	return true
}

func isExported(name string) bool {
	return len(name) > 0 && (name[0] >= 'A' && name[0] <= 'Z' || name[0] >= 0x80)
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// emptyInterface is the header of an interface{} value.
type emptyInterface struct {
	typ  *rtype
	word unsafe.Pointer
}

// nonEmptyInterface is the header of an interface value with methods.
type nonEmptyInterface struct {
	itab *struct {
		ityp *rtype
		typ  *rtype
	}
	word unsafe.Pointer
}

// TypeOf returns the reflection Type that represents the dynamic type of i.
func TypeOf(i any) Type {
	eface := *(*emptyInterface)(unsafe.Pointer(&i))
	return toType(eface.typ)
}

// ifaceIndir reports whether t is stored indirectly in an interface value
// (everything but the pointer-shaped kinds; see Runtime/iface.c).
func ifaceIndir(t *rtype) bool {
	switch Kind(t.kind) {
	case Pointer, UnsafePointer, Map, Chan, Func:
		return false
	}
	return true
}
