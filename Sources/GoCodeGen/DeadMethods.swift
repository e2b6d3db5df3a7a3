// Dead methods, as gc's linker finds them (cmd/link/internal/ld/deadcode.go):
// a type's method table (go.methods.T) points at every method's code, so a
// type that reaches the binary would keep all of its methods, and all they
// call, alive. At run time a method is reached only through an itab, which
// the runtime fills from the table by the interface's method names
// (iface.c), or through a static itab that points at the code itself. So
// the program's reachable code is computed from its entry points with
// method-table code pointers left out; a table entry's code becomes
// reachable only once a reachable interface type declares a method of that
// name. Entries still unreached at the end keep their name and type and
// lose their code pointer, and LLVM deletes the code.
//
// Kept always: Error and String, which the runtime looks up by name to
// print a panic value (panic.c). reflect has no Method/Call yet; when it
// does, a program using them must keep every exported method (gc's rule).
import CLLVM

extension CodeGen {
    /// Names the runtime finds by name, whatever interfaces the program has.
    static let methodsRuntimeNeeds: Set<String> = ["Error", "String"]

    /// Drops the code of unreachable methods from the method tables (see
    /// above), then deletes what became dead. Returns the number of entries
    /// dropped; 0, touching nothing, if a table cannot be read.
    @discardableResult
    public func pruneDeadMethods() throws -> Int {
        guard let reached = reachableWithoutDeadMethods() else { return 0 }
        var dropped = 0
        var g = LLVMGetFirstGlobal(module)
        while let gv = g {
            if String(cString: LLVMGetValueName(gv)).hasPrefix("go.methods.") {
                dropped += dropCode(in: gv) { !reached.contains($0) }
            }
            g = LLVMGetNextGlobal(gv)
        }
        if dropped > 0 { try runPasses("globaldce") }
        return dropped
    }

    /// Everything reachable from the module's roots, method code only
    /// through live interface method names; nil if some table is unreadable.
    private func reachableWithoutDeadMethods() -> Set<LLVMValueRef>? {
        var visited: Set<LLVMValueRef> = []
        var work: [LLVMValueRef] = roots()
        var liveNames = CodeGen.methodsRuntimeNeeds
        var pending: [(name: String, code: LLVMValueRef)] = []
        while true {
            while let v = work.popLast() {
                if !visited.insert(v).inserted { continue }
                if LLVMIsAFunction(v) != nil {
                    pushConstantOperands(ofBodyOf: v, into: &work)
                } else if LLVMIsAGlobalVariable(v) != nil {
                    let name = String(cString: LLVMGetValueName(v))
                    guard let initial = LLVMGetInitializer(v) else { continue }
                    if name.hasPrefix("go.methods.") {
                        guard LLVMIsAConstantArray(initial) != nil else { work.append(initial); continue }
                        visited.insert(initial)
                        for i in 0..<UInt32(max(0, LLVMGetNumOperands(initial))) {
                            let entry = LLVMGetOperand(initial, i)!
                            visited.insert(entry)
                            guard LLVMGetNumOperands(entry) == 3, let mname = methodName(entry) else {
                                work.append(entry)
                                continue
                            }
                            work.append(LLVMGetOperand(entry, 0)!)
                            work.append(LLVMGetOperand(entry, 1)!)
                            let code = LLVMGetOperand(entry, 2)!
                            if liveNames.contains(mname) { work.append(code) } else { pending.append((mname, code)) }
                        }
                    } else {
                        if name.hasPrefix("go.imethods.") {
                            guard LLVMIsAConstantArray(initial) != nil else { return nil }
                            for i in 0..<UInt32(max(0, LLVMGetNumOperands(initial))) {
                                guard let iname = methodName(LLVMGetOperand(initial, i)!) else { return nil }
                                liveNames.insert(iname)
                            }
                        }
                        work.append(initial)
                    }
                } else {
                    // A constant: aggregate, expression, or another global kind.
                    for i in 0..<UInt32(max(0, LLVMGetNumOperands(v))) {
                        if let op = LLVMGetOperand(v, i), LLVMIsAConstant(op) != nil { work.append(op) }
                    }
                }
            }
            let now = pending.filter { liveNames.contains($0.name) }
            if now.isEmpty { return visited }
            pending.removeAll { liveNames.contains($0.name) }
            work.append(contentsOf: now.map { $0.code })
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

    private func pushConstantOperands(ofBodyOf f: LLVMValueRef, into work: inout [LLVMValueRef]) {
        var bb = LLVMGetFirstBasicBlock(f)
        while let block = bb {
            var inst = LLVMGetFirstInstruction(block)
            while let i = inst {
                for k in 0..<UInt32(max(0, LLVMGetNumOperands(i))) {
                    if let op = LLVMGetOperand(i, k), LLVMIsAConstant(op) != nil { work.append(op) }
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
