// ELFImage: the sections and symbols of an executable, read with LLVM's
// object-file C API (no ELF parsing of our own). Used by `swiftgo size`
// and `swiftgo startup`.
import CLLVM
import Foundation

public struct InspectError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}

public struct ELFSection: Codable, Equatable {
    public let name: String
    public let address: UInt64
    public let size: UInt64
    /// Where the section's bytes lie in the file; nil when it has none (NOBITS: .bss, .tbss).
    public let fileOffset: UInt64?
    /// Allocated sections are loaded at a non-zero address; the others (symbols, debug info) are not.
    public var isAlloc: Bool { address != 0 }
    public var fileSize: UInt64 { fileOffset == nil ? 0 : size }
}

public struct ELFSymbol: Equatable {
    public let name: String
    public let address: UInt64
    public let size: UInt64
}

public struct ELFImage {
    public let path: String
    public let fileSize: UInt64
    public let sections: [ELFSection]
    public let symbols: [ELFSymbol]
    /// "amd64", "arm64" or "unknown".
    public let arch: String
    /// The file's bytes (section contents are read by offset, for GapClassifier).
    public let data: Data

    public init(path: String) throws {
        self.path = path
        var st = stat()
        guard stat(path, &st) == 0 else { throw InspectError("\(path): no such file") }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw InspectError("\(path): not a regular file") }
        fileSize = UInt64(st.st_size)

        var buf: LLVMMemoryBufferRef?
        var msg: UnsafeMutablePointer<CChar>?
        guard LLVMCreateMemoryBufferWithContentsOfFile(path, &buf, &msg) == 0, let mem = buf else {
            defer { LLVMDisposeMessage(msg) }
            throw InspectError("\(path): \(msg.map { String(cString: $0) } ?? "cannot read")")
        }
        defer { LLVMDisposeMemoryBuffer(mem) }
        guard let bin = LLVMCreateBinary(mem, nil, &msg) else {
            defer { LLVMDisposeMessage(msg) }
            throw InspectError("\(path): not an object file (\(msg.map { String(cString: $0) } ?? "unknown format"))")
        }
        defer { LLVMDisposeBinary(bin) }
        let type = LLVMBinaryGetType(bin)
        guard type == LLVMBinaryTypeELF64L || type == LLVMBinaryTypeELF32L
            || type == LLVMBinaryTypeELF64B || type == LLVMBinaryTypeELF32B else {
            throw InspectError("\(path): not an ELF file")
        }
        let base = UnsafeRawPointer(LLVMGetBufferStart(mem)!)
        sections = ELFImage.readSections(bin, base: base)
        symbols = ELFImage.readSymbols(bin)
        arch = ELFImage.machine(base: base, size: Int(LLVMGetBufferSize(mem)), type: type)
        data = Data(bytes: base, count: Int(LLVMGetBufferSize(mem)))
    }

    static func readSections(_ bin: LLVMBinaryRef, base: UnsafeRawPointer) -> [ELFSection] {
        var out: [ELFSection] = []
        guard let it = LLVMObjectFileCopySectionIterator(bin) else { return out }
        defer { LLVMDisposeSectionIterator(it) }
        while LLVMObjectFileIsSectionIteratorAtEnd(bin, it) == 0 {
            defer { LLVMMoveToNextSection(it) }
            let name = LLVMGetSectionName(it).map { String(cString: $0) } ?? ""
            let size = LLVMGetSectionSize(it)
            if name.isEmpty && size == 0 { continue }   // the null section
            // LLVM hands NOBITS sections' contents as the file's start:
            // offset 0 is the ELF header, so it means "no bytes in the file".
            var offset: UInt64?
            if let c = LLVMGetSectionContents(it) {
                let off = UInt64(UnsafeRawPointer(c) - base)
                if off != 0 { offset = off }
            }
            out.append(ELFSection(name: name, address: LLVMGetSectionAddress(it), size: size, fileOffset: offset))
        }
        return out
    }

    static func readSymbols(_ bin: LLVMBinaryRef) -> [ELFSymbol] {
        var out: [ELFSymbol] = []
        guard let it = LLVMObjectFileCopySymbolIterator(bin) else { return out }
        defer { LLVMDisposeSymbolIterator(it) }
        while LLVMObjectFileIsSymbolIteratorAtEnd(bin, it) == 0 {
            defer { LLVMMoveToNextSymbol(it) }
            guard let n = LLVMGetSymbolName(it) else { continue }
            let name = String(cString: n)
            if name.isEmpty { continue }
            out.append(ELFSymbol(name: name, address: LLVMGetSymbolAddress(it), size: LLVMGetSymbolSize(it)))
        }
        return out
    }

    /// The C API validates the header but does not expose e_machine (the
    /// C++ API's getArch); read that one field (offset 18) from the buffer.
    static func machine(base: UnsafeRawPointer, size: Int, type: LLVMBinaryType) -> String {
        guard size >= 20, type == LLVMBinaryTypeELF64L || type == LLVMBinaryTypeELF32L else { return "unknown" }
        let m = UInt16(base.load(fromByteOffset: 18, as: UInt8.self))
            | UInt16(base.load(fromByteOffset: 19, as: UInt8.self)) << 8
        switch m {
        case 62: return "amd64"     // EM_X86_64
        case 183: return "arm64"    // EM_AARCH64
        default: return "unknown"
        }
    }
}
