// Package reflectlite is swiftgo's overlay of Go's internal/reflectlite
// (used by errors and sort): a copy of the reflect overlay
// (Runtime/go/reflect/type.go, value.go) without its strconv uses, since
// strconv imports errors. Regenerate with the script in Runtime/go/README.md.
package reflectlite

import "unsafe"

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
	return "kind?"
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
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
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
		panic("reflectlite: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflectlite: ChanDir of non-chan type " + t.String())
	}
	return ChanDir((*chanType)(unsafe.Pointer(t)).dir)
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflectlite: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflectlite: Key of non-map type " + t.String())
	}
	return toType((*mapType)(unsafe.Pointer(t)).key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflectlite: Len of non-array type " + t.String())
	}
	return int((*arrayType)(unsafe.Pointer(t)).len)
}

func (t *rtype) structType() *structType {
	if t.Kind() != Struct {
		panic("reflectlite: Field of non-struct type " + t.String())
	}
	return (*structType)(unsafe.Pointer(t))
}

func (t *rtype) NumField() int { return len(t.structType().fields) }

func (t *rtype) Field(i int) StructField {
	st := t.structType()
	if i < 0 || i >= len(st.fields) {
		panic("reflectlite: Field index out of bounds")
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

func (t *rtype) funcType() *funcType {
	if t.Kind() != Func {
		panic("reflectlite: In/Out of non-func type " + t.String())
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
		panic("reflectlite: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflectlite: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflectlite: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return uu == t || uu.str == t.str && (uu.tflag&tflagNamed == 0 || t.tflag&tflagNamed == 0) ||
		uu.Kind() == Interface && implements(uu, t)
}

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

// PtrTo returns the pointer type with element t; only types the program
// already has a descriptor for are supported.
func PointerTo(t Type) Type {
	panic("reflectlite.PointerTo: not implemented by swiftgo")
}

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// ifaceIndir reports whether t is stored indirectly in an interface value
// (everything but the pointer-shaped kinds; see Runtime/iface.c).
func ifaceIndir(t *rtype) bool {
	switch Kind(t.kind) {
	case Pointer, UnsafePointer, Map, Chan, Func:
		return false
	}
	return true
}
