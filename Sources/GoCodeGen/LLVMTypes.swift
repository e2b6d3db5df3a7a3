// Go types as LLVM types (DESIGN.md §3 "Conventions"): int is i64, a string
// is {ptr, i64}, a slice {ptr, i64, i64}, an interface {ptr, ptr}.
import CLLVM
import GoTypes

extension CodeGen {
    func llvmType(_ t: GoType) -> LLVMTypeRef {
        switch t.underlying {
        case let bt as BasicType:
            switch bt.kind {
            case .bool, .untypedBool: return i1
            case .int8, .uint8: return i8
            case .int16, .uint16: return LLVMInt16TypeInContext(ctx)
            case .int32, .uint32, .untypedRune: return i32
            case .int, .int64, .uint, .uint64, .uintptr, .untypedInt: return i64
            case .float32: return f32
            case .float64, .untypedFloat: return f64
            case .complex64: return structOf([f32, f32])
            case .complex128, .untypedComplex: return structOf([f64, f64])
            case .string, .untypedString: return stringType
            case .unsafePointer, .untypedNil: return ptr
            case .invalid: return i64
            }
        case is PointerType, is MapType, is ChanType, is Signature: return ptr
        case is SliceType: return structOf([ptr, i64, i64])
        case is InterfaceType: return structOf([ptr, ptr])
        case let a as ArrayType: return LLVMArrayType2(llvmType(a.elem), UInt64(a.len))
        case let s as StructType: return structOf(s.fields.map { llvmType($0.type) })
        case let tt as TupleType:
            return structOf(tt.vars.map { llvmType($0.type) })
        default:
            return i64
        }
    }

    func structOf(_ fields: [LLVMTypeRef]) -> LLVMTypeRef {
        var f = fields.map { $0 as LLVMTypeRef? }
        return LLVMStructTypeInContext(ctx, &f, UInt32(f.count), 0)
    }

    /// A Go signature as an LLVM function type: the context pointer, the
    /// receiver, the parameters in order; no result,
    /// one result, or a struct of all results.
    func llvmFuncType(_ sig: Signature) -> LLVMTypeRef {
        var params: [LLVMTypeRef?] = [ptr]   // the closure context (nest)
        if let r = sig.recv { params.append(llvmType(r.type)) }
        params.append(contentsOf: sig.params.vars.map { llvmType($0.type) })
        return LLVMFunctionType(resultType(sig), &params, UInt32(params.count), 0)
    }

    func resultType(_ sig: Signature) -> LLVMTypeRef {
        switch sig.results.count {
        case 0: return void
        case 1: return llvmType(sig.results.vars[0].type)
        default: return llvmType(sig.results)
        }
    }

    func sizeOf(_ t: GoType) -> Int64 { Int64(Layout.size(t)) }

    // MARK: Constants

    func constInt(_ t: LLVMTypeRef, _ v: Int64) -> LLVMValueRef {
        LLVMConstInt(t, UInt64(bitPattern: v), 1)
    }

    func constBool(_ v: Bool) -> LLVMValueRef { LLVMConstInt(i1, v ? 1 : 0, 0) }

    /// A Go string constant {ptr, len}; the bytes are emitted once per module.
    func constString(_ bytes: [UInt8]) -> LLVMValueRef {
        if bytes.isEmpty {
            var f: [LLVMValueRef?] = [LLVMConstNull(ptr), constInt(i64, 0)]
            return LLVMConstNamedStruct(stringType, &f, 2)
        }
        let data: LLVMValueRef
        if let g = stringConstants[bytes] {
            data = g
        } else {
            let arr = bytes.withUnsafeBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    LLVMConstStringInContext(ctx, $0, UInt32(bytes.count), 1)
                }
            }
            let g = LLVMAddGlobal(module, LLVMTypeOf(arr), "go.string")!
            LLVMSetInitializer(g, arr)
            LLVMSetGlobalConstant(g, 1)
            LLVMSetLinkage(g, LLVMPrivateLinkage)
            LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr)
            LLVMSetAlignment(g, 1)
            stringConstants[bytes] = g
            data = g
        }
        var f: [LLVMValueRef?] = [data, constInt(i64, Int64(bytes.count))]
        return LLVMConstNamedStruct(stringType, &f, 2)
    }
}
