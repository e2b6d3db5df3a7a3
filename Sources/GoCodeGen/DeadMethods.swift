// Dead methods (gc's linker does the same in deadcode.go): a type's method
// table (go.methods.T) points at every method's code, so a type that
// reaches the binary would keep all of its methods, and everything they
// call, alive. At run time a method is only reached through an itab, which
// the runtime fills from the table by the interface's method names
// (iface.c), or through a static itab that points at the code itself. So a
// method whose name no live interface type declares can never run: its
// table entry keeps its name and type and loses its code pointer, and LLVM
// deletes the code. Removing code can make interface types dead, so this
// repeats until nothing changes.
//
// Kept always: Error and String, which the runtime looks up by name to
// print a panic value (panic.c). reflect has no Method/Call yet; when it
// does, a program using them must keep every exported method (gc's rule).
import CLLVM

extension CodeGen {
    /// Names the runtime finds by name, whatever interfaces the program has.
    static let methodsRuntimeNeeds: Set<String> = ["Error", "String"]

    /// Prunes method tables to what live interfaces can reach (see above).
    /// Returns the number of table entries whose code was dropped.
    @discardableResult
    public func pruneDeadMethods() throws -> Int {
        var dropped = 0
        while true {
            try runPasses("globaldce")
            guard let names = liveInterfaceMethodNames() else { return dropped }
            let live = names.union(CodeGen.methodsRuntimeNeeds)
            var changed = 0
            var g = LLVMGetFirstGlobal(module)
            while let gv = g {
                if String(cString: LLVMGetValueName(gv)).hasPrefix("go.methods.") {
                    changed += dropCode(in: gv, keeping: live)
                }
                g = LLVMGetNextGlobal(gv)
            }
            if changed == 0 { return dropped }
            dropped += changed
        }
    }

    private func runPasses(_ pipeline: String) throws {
        let opts = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(opts) }
        if let err = LLVMRunPasses(module, pipeline, tm.ref, opts) {
            let m = LLVMGetErrorMessage(err)!
            defer { LLVMDisposeErrorMessage(m) }
            throw CodeGenError("LLVM pass \(pipeline) failed: " + String(cString: m))
        }
    }

    /// The method names of every interface type still in the module
    /// (go.imethods.I: [{name string, type}]); nil if one cannot be read,
    /// and then nothing may be dropped.
    private func liveInterfaceMethodNames() -> Set<String>? {
        var names: Set<String> = []
        var g = LLVMGetFirstGlobal(module)
        while let gv = g {
            if String(cString: LLVMGetValueName(gv)).hasPrefix("go.imethods."),
               let arr = LLVMGetInitializer(gv) {
                guard LLVMIsAConstantArray(arr) != nil else { return nil }
                for i in 0..<LLVMGetNumOperands(arr) {
                    guard let name = methodName(LLVMGetOperand(arr, UInt32(i))!) else { return nil }
                    names.insert(name)
                }
            }
            g = LLVMGetNextGlobal(gv)
        }
        return names
    }

    /// Nulls the code pointer of each entry of a method table
    /// ([{name string, mtyp, code}]) whose name is not in live.
    private func dropCode(in table: LLVMValueRef, keeping live: Set<String>) -> Int {
        guard let arr = LLVMGetInitializer(table), LLVMIsAConstantArray(arr) != nil else { return 0 }
        let n = Int(LLVMGetNumOperands(arr))
        var entries: [LLVMValueRef?] = []
        var changed = 0
        for i in 0..<n {
            let entry = LLVMGetOperand(arr, UInt32(i))!
            guard LLVMIsAConstantStruct(entry) != nil, LLVMGetNumOperands(entry) == 3,
                  let name = methodName(entry), !live.contains(name),
                  LLVMIsNull(LLVMGetOperand(entry, 2)) == 0 else {
                entries.append(entry)
                continue
            }
            var fields: [LLVMValueRef?] = [LLVMGetOperand(entry, 0), LLVMGetOperand(entry, 1), LLVMConstNull(ptr)]
            entries.append(LLVMConstNamedStruct(LLVMTypeOf(entry), &fields, 3))
            changed += 1
        }
        if changed > 0 {
            let elemTy = LLVMGetElementType(LLVMTypeOf(arr))!
            LLVMSetInitializer(table, LLVMConstArray2(elemTy, &entries, UInt64(n)))
        }
        return changed
    }

    /// The name of a method or imethod entry: its first field, a string
    /// {ptr to bytes, len}. nil when it cannot be read (then nothing is dropped).
    private func methodName(_ entry: LLVMValueRef) -> String? {
        guard LLVMGetNumOperands(entry) >= 1, let s = LLVMGetOperand(entry, 0),
              LLVMGetNumOperands(s) == 2, let data = LLVMGetOperand(s, 0),
              LLVMIsAGlobalVariable(data) != nil, let bytes = LLVMGetInitializer(data) else { return nil }
        var len = 0
        guard let p = LLVMGetAsString(bytes, &len) else { return nil }
        let length = Int(LLVMConstIntGetZExtValue(LLVMGetOperand(s, 1)))
        guard length <= len else { return nil }
        return p.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}
