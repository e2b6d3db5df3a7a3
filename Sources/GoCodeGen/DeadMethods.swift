// Dead methods, as gc's linker finds them (cmd/link/internal/ld/deadcode.go):
// a type's method table (go.methods.T) points at every method's code, so a
// type that reaches the binary would keep all of its methods, and all they
// call, alive. At run time a method is reached only through an itab, which
// the runtime fills from the table by the interface's method names
// (iface.c), or through a static itab that points at the code itself. So
// the program's reachable code is computed from its entry points with
// method-table code pointers left out; a table entry's code becomes
// reachable only once a reachable interface type declares a method of that
// name and type (gc matches both: time.Time's Format(string) string is not
// fmt.Formatter's Format(State, rune)), and only for a type used in
// interfaces (gc's UsedInIface; see reachableWithoutDeadMethods). Entries still unreached at the end keep their name and type and
// lose their code pointer, and LLVM deletes the code.
//
// Kept always: Error and String, which the runtime looks up by name to
// print a panic value (panic.c). reflect has no Method/Call yet; when it
// does, a program using them must keep every exported method (gc's rule).
import CLLVM

extension CodeGen {
    /// Names the runtime finds by name, whatever interfaces the program has.
    static let methodsRuntimeNeeds: Set<String> = ["Error", "String"]

    /// A method as interfaces match it: name and type descriptor (of the
    /// signature without receiver; one symbol per type after linking).
    private struct MethodKey: Hashable {
        let name: String
        let type: LLVMValueRef
    }

    /// Drops the code of unreachable methods from the method tables (see
    /// above), then deletes what became dead. Returns the number of entries
    /// dropped; 0, touching nothing, if a table cannot be read.
    @discardableResult
    public func pruneDeadMethods() throws -> Int {
        guard let (reached, usedInIface) = reachableWithoutDeadMethods() else { return 0 }
        var dropped = 0
        var g = LLVMGetFirstGlobal(module)
        while let gv = g {
            let name = String(cString: LLVMGetValueName(gv))
            if name.hasPrefix("go.methods.") {
                dropped += dropCode(in: gv) { !reached.contains($0) }
            } else if name.hasPrefix("type."), reached.contains(gv), !usedInIface.contains(gv) {
                dropped += stripReflectData(of: gv)
            }
            g = LLVMGetNextGlobal(gv)
        }
        if dropped > 0 { try runPasses("globaldce") }
        return dropped
    }

    /// Everything reachable from the module's roots, method code only
    /// through live interface methods of types used in interfaces; nil if
    /// some table is unreadable.
    ///
    /// gc's UsedInIface: a type's methods can be reached only if a value of
    /// it becomes an interface value, which needs its descriptor as the
    /// type word or in an itab. So a descriptor reached only as the argument
    /// of an allocation or map call (layout and hash, never a type word)
    /// keeps its data but not its methods' code; one reached any other way
    /// (an eface, an itab, a comparison, data) is used in interfaces, and so
    /// are the types its descriptor references (reflect can make interface
    /// values of them: an element, a field).
    private func reachableWithoutDeadMethods() -> (Set<LLVMValueRef>, Set<LLVMValueRef>)? {
        var visited: Set<LLVMValueRef> = []          // reached at all
        var visitedIface: Set<LLVMValueRef> = []     // reached as used in interfaces
        var work: [(value: LLVMValueRef, iface: Bool)] = roots().map { ($0, true) }
        var live: Set<MethodKey> = []
        func isLive(_ k: MethodKey) -> Bool { CodeGen.methodsRuntimeNeeds.contains(k.name) || live.contains(k) }
        var pending: [(key: MethodKey, code: LLVMValueRef)] = []
        while true {
            while let (v, iface) = work.popLast() {
                let isFunction = LLVMIsAFunction(v) != nil
                if iface && !isFunction {
                    if !visitedIface.insert(v).inserted { continue }
                    visited.insert(v)
                } else if !visited.insert(v).inserted {
                    continue
                }
                if isFunction {
                    pushConstantOperands(ofBodyOf: v, into: &work)
                } else if LLVMIsAGlobalVariable(v) != nil {
                    let name = String(cString: LLVMGetValueName(v))
                    guard let initial = LLVMGetInitializer(v) else { continue }
                    if name.hasPrefix("go.methods.") {
                        guard LLVMIsAConstantArray(initial) != nil else { work.append((initial, iface)); continue }
                        visited.insert(initial)
                        for i in 0..<UInt32(max(0, LLVMGetNumOperands(initial))) {
                            let entry = LLVMGetOperand(initial, i)!
                            visited.insert(entry)
                            guard LLVMGetNumOperands(entry) == 3, let mname = methodName(entry) else {
                                work.append((entry, iface))
                                continue
                            }
                            work.append((LLVMGetOperand(entry, 0)!, false))
                            let mtyp = LLVMGetOperand(entry, 1)!
                            work.append((mtyp, false))
                            // The code waits until the type is used in interfaces.
                            guard iface else { continue }
                            let code = LLVMGetOperand(entry, 2)!
                            let key = MethodKey(name: mname, type: mtyp)
                            if isLive(key) { work.append((code, true)) } else { pending.append((key, code)) }
                        }
                    } else {
                        if name.hasPrefix("go.imethods.") {
                            guard LLVMIsAConstantArray(initial) != nil else { return nil }
                            for i in 0..<UInt32(max(0, LLVMGetNumOperands(initial))) {
                                let entry = LLVMGetOperand(initial, i)!
                                guard LLVMGetNumOperands(entry) == 2, let iname = methodName(entry) else { return nil }
                                live.insert(MethodKey(name: iname, type: LLVMGetOperand(entry, 1)!))
                            }
                        }
                        work.append((initial, iface))
                    }
                } else {
                    // A constant: aggregate, expression, or another global kind.
                    for i in 0..<UInt32(max(0, LLVMGetNumOperands(v))) {
                        if let op = LLVMGetOperand(v, i), LLVMIsAConstant(op) != nil { work.append((op, iface)) }
                    }
                }
            }
            let now = pending.filter { isLive($0.key) }
            if now.isEmpty { return (visited, visitedIface) }
            pending.removeAll { isLive($0.key) }
            work.append(contentsOf: now.map { ($0.code, true) })
        }
    }

    /// Definitions the program is entered through or that must stay: what
    /// finishProgram left external (main.main, main..inittask) and
    /// llvm.used-style appending globals.
    private func roots() -> [LLVMValueRef] {
        var r: [LLVMValueRef] = []
        func isRoot(_ v: LLVMValueRef) -> Bool {
            if LLVMIsDeclaration(v) != 0 { return false }
            switch LLVMGetLinkage(v) {
            case LLVMExternalLinkage, LLVMAppendingLinkage, LLVMWeakAnyLinkage, LLVMWeakODRLinkage, LLVMCommonLinkage:
                return true
            default:
                return false
            }
        }
        var f = LLVMGetFirstFunction(module)
        while let fv = f { if isRoot(fv) { r.append(fv) }; f = LLVMGetNextFunction(fv) }
        var g = LLVMGetFirstGlobal(module)
        while let gv = g { if isRoot(gv) { r.append(gv) }; g = LLVMGetNextGlobal(gv) }
        return r
    }

    /// Runtime functions that take a type descriptor for its layout, hash
    /// and equality only: never as an interface's type word.
    static let layoutOnlyTypeUses: Set<String> = [
        "runtime.newobject", "runtime.mallocgc", "runtime.makeslice", "runtime.growslice", "runtime.makechan",
        "runtime.makemap", "runtime.mapaccess1", "runtime.mapaccess2", "runtime.mapassign", "runtime.mapdelete",
        "runtime.mapaccess1_fast32", "runtime.mapaccess2_fast32", "runtime.mapassign_fast32", "runtime.mapdelete_fast32",
        "runtime.mapaccess1_fast64", "runtime.mapaccess2_fast64", "runtime.mapassign_fast64", "runtime.mapdelete_fast64",
        "runtime.mapiterinit",
    ]

    /// The constants f's instructions use; those of a layout-only runtime
    /// call are not used in interfaces.
    private func pushConstantOperands(ofBodyOf f: LLVMValueRef, into work: inout [(value: LLVMValueRef, iface: Bool)]) {
        var bb = LLVMGetFirstBasicBlock(f)
        while let block = bb {
            var inst = LLVMGetFirstInstruction(block)
            while let i = inst {
                var iface = true
                if LLVMIsACallInst(i) != nil, let callee = LLVMGetCalledValue(i), LLVMIsAFunction(callee) != nil,
                   CodeGen.layoutOnlyTypeUses.contains(String(cString: LLVMGetValueName(callee))) {
                    iface = false
                }
                for k in 0..<UInt32(max(0, LLVMGetNumOperands(i))) {
                    if let op = LLVMGetOperand(i, k), LLVMIsAConstant(op) != nil { work.append((op, iface)) }
                }
                inst = LLVMGetNextInstruction(i)
            }
            bb = LLVMGetNextBasicBlock(block)
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

    /// Drops what only reflect and interface conversion read from the
    /// descriptor of a type never used in interfaces: its name (not a func
    /// type's), method table, ptrToThis, struct fields, func parameters. What allocation,
    /// maps, channels and the collector read stays (size, alignment, kind,
    /// hash and equality, pointer bitmap, element, key, map layout, length).
    /// Interface types keep everything: their method names make methods live.
    /// Returns 1 if the descriptor changed, else 0.
    private func stripReflectData(of desc: LLVMValueRef) -> Int {
        // The _type fields (swiftgo_abi.h) and, after them, the kind's record.
        let kindField: UInt32 = 6, nameField = 10, uncommonField = 12, ptrToThisField = 13, trailer = 14
        let (kindFunc, kindInterface, kindStruct): (UInt64, UInt64, UInt64) = (19, 20, 25)
        guard let initial = LLVMGetInitializer(desc), LLVMIsAConstantStruct(initial) != nil,
              LLVMGetNumOperands(initial) >= Int32(trailer),
              let kindValue = LLVMGetOperand(initial, kindField), LLVMIsAConstantInt(kindValue) != nil else { return 0 }
        let kind = LLVMConstIntGetZExtValue(kindValue)
        if kind == kindInterface { return 0 }
        var fields: [LLVMValueRef?] = (0..<UInt32(LLVMGetNumOperands(initial))).map { LLVMGetOperand(initial, $0) }
        // A func type keeps its name: a method's type (not used in
        // interfaces by itself, as in gc) is matched by name (iface.c).
        var cleared = kind == kindFunc ? [uncommonField, ptrToThisField] : [nameField, uncommonField, ptrToThisField]
        if kind == kindStruct && fields.count >= Int(trailer) + 2 { cleared += [trailer, trailer + 1] }   // pkgpath, fields
        if kind == kindFunc && fields.count >= Int(trailer) + 2 { cleared += [trailer, trailer + 1] }     // in, out
        for i in cleared { fields[Int(i)] = LLVMConstNull(LLVMTypeOf(fields[Int(i)]!)) }
        LLVMSetInitializer(desc, LLVMConstNamedStruct(LLVMTypeOf(initial), &fields, UInt32(fields.count)))
        return 1
    }

    /// Nulls the code pointer of each entry of a method table
    /// ([{name string, mtyp, code}]) for which dead(code) holds.
    private func dropCode(in table: LLVMValueRef, where dead: (LLVMValueRef) -> Bool) -> Int {
        guard let arr = LLVMGetInitializer(table), LLVMIsAConstantArray(arr) != nil else { return 0 }
        let n = Int(LLVMGetNumOperands(arr))
        var entries: [LLVMValueRef?] = []
        var changed = 0
        for i in 0..<n {
            let entry = LLVMGetOperand(arr, UInt32(i))!
            guard LLVMIsAConstantStruct(entry) != nil, LLVMGetNumOperands(entry) == 3,
                  let code = LLVMGetOperand(entry, 2), LLVMIsNull(code) == 0, dead(code) else {
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
    /// {ptr to bytes, len}; nil when it cannot be read.
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
