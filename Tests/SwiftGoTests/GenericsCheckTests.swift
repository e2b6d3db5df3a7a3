// Type parameters: instantiation of generic types and functions, inference
// from arguments, methods of instances, constraint type sets.
import Foundation
import GoBuild
import Testing

@Suite("Generics type-check")
struct GenericsCheckTests {
    static func check(_ source: String) -> String {
        let dir = NSTemporaryDirectory() + "swiftgo-generics-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/main.go"
        try? source.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try Builder().check([path])
            return ""
        } catch {
            return "\(error)".replacingOccurrences(of: dir + "/", with: "")
        }
    }

    @Test("generic functions, types and methods check without errors")
    func valid() {
        #expect(Self.check(Self.ok) == "")
        #expect(Self.check(Self.eq) == "")
    }

    @Test("inferred and instantiated types are checked like any other")
    func invalid() {
        let out = Self.check(Self.bad)
        #expect(out.contains("main.go:10:17: cannot use Id(1) (value of type int)"))
        #expect(out.contains("main.go:12:17: cannot use b.Get() (value of type int)"))
        #expect(out.contains("main.go:13:8: cannot use generic type Box without instantiation"))
    }

    @Test("operators on type parameters follow the type set")
    func typeSets() {
        let src = "package main\n\nfunc Less[T any](a, b T) bool { return a < b }\n\nfunc main() {}\n"
        #expect(Self.check(src).contains("main.go:3:40: invalid operation: a < b"))
        let key = "package main\n\nfunc M[K any, V any]() map[K]V { return nil }\n\nfunc main() {}\n"
        #expect(Self.check(key).contains("invalid map key type K (missing comparable constraint)"))
    }

    static let ok = """
    package main

    type Number interface {
    	~int | ~int64 | ~float64
    }

    func Max[T Number](a, b T) T {
    	if a > b {
    		return a
    	}
    	return b
    }

    func Map[T, U any](xs []T, f func(T) U) []U {
    	out := make([]U, 0, len(xs))
    	for _, x := range xs {
    		out = append(out, f(x))
    	}
    	return out
    }

    type List[T any] struct {
    	next *List[T]
    	val  T
    }

    func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

    func (l *List[T]) Len() int {
    	n := 0
    	for ; l != nil; l = l.next {
    		n++
    	}
    	return n
    }

    type Pair[K comparable, V any] struct {
    	Key K
    	Val V
    }

    type Stringer interface{ String() string }

    type name string

    func (n name) String() string { return string(n) }

    func Join[S Stringer](xs []S) string {
    	r := ""
    	for _, x := range xs {
    		r += x.String()
    	}
    	return r
    }

    func main() {
    	var i int = Max(1, 2)
    	var f float64 = Max(1.5, 2)
    	var s []string = Map([]int{1, 2}, func(x int) string { return "x" })
    	var l *List[int]
    	l = l.Push(1).Push(2)
    	var n int = l.Len()
    	p := Pair[string, int]{"a", 1}
    	var k string = p.Key
    	var j string = Join([]name{"a", "b"})
    	m := Max[int64]
    	var r int64 = m(3, 4)
    	println(i, f, len(s), n, k, p.Val, j, r)
    }
    """

    static let eq = """
    package main

    func Index[T comparable](xs []T, v T) int {
    	for i, x := range xs {
    		if x == v {
    			return i
    		}
    	}
    	return -1
    }

    func main() { println(Index([]string{"a"}, "a")) }
    """

    static let bad = """
    package main

    func Id[T any](x T) T { return x }

    type Box[T any] struct{ v T }

    func (b Box[T]) Get() T { return b.v }

    func main() {
    	var s string = Id(1)
    	var b Box[int]
    	var t string = b.Get()
    	var u Box
    	println(s, t, u)
    }
    """
}
