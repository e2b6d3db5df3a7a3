// Package unsafe (§Package unsafe): not loaded from source; its scope holds
// the Pointer type and the compile-time builtins.
import GoSyntax

extension Universe {
    public static let unsafePackage: Package = {
        let p = Package(path: "unsafe", name: "unsafe")
        p.scope.insert(TypeName(name: "Pointer", type: unsafePointer, pos: .none, pkg: p))
        for k: BuiltinKind in [.sizeof, .alignof, .offsetof, .add, .slice] { p.scope.insert(Builtin(k, pkg: p)) }
        p.complete = true
        return p
    }()
}
