// swift-tools-version:6.0
import PackageDescription

let llvmInclude = "/usr/lib/llvm-19/include"
let llvmLib = "/usr/lib/llvm-19/lib"

let package = Package(
    name: "swiftgo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "swiftgo", targets: ["swiftgo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CLLVM", path: "Sources/CLLVM"),
        .target(name: "GoSyntax", swiftSettings: [.swiftLanguageMode(.v5)]),
        .target(
            name: "GoTypes",
            dependencies: ["GoSyntax", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .target(
            name: "GoCodeGen",
            dependencies: ["GoSyntax", "GoTypes", "CLLVM"],
            cSettings: [.unsafeFlags(["-I\(llvmInclude)"])],
            swiftSettings: [.swiftLanguageMode(.v5), .unsafeFlags(["-Xcc", "-I\(llvmInclude)"])],
            linkerSettings: [.unsafeFlags(["-L\(llvmLib)", "-Xlinker", "-rpath", "-Xlinker", llvmLib])]),
        .target(
            name: "GoBuild",
            dependencies: ["GoSyntax", "GoTypes", "GoCodeGen", "CLLVM"],
            swiftSettings: [.swiftLanguageMode(.v5), .unsafeFlags(["-Xcc", "-I\(llvmInclude)"])],
            linkerSettings: [.unsafeFlags(["-L\(llvmLib)", "-Xlinker", "-rpath", "-Xlinker", llvmLib])]),
        .executableTarget(
            name: "swiftgo",
            dependencies: ["GoBuild", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: [.swiftLanguageMode(.v5), .unsafeFlags(["-Xcc", "-I\(llvmInclude)"])],
            linkerSettings: [.unsafeFlags(["-L\(llvmLib)", "-Xlinker", "-rpath", "-Xlinker", llvmLib])]),
        .executableTarget(
            name: "swiftgo-fuzz",
            dependencies: ["GoBuild", "GoSyntax", "GoTypes", "GoCodeGen"],
            path: "Sources/SwiftGoFuzz",
            swiftSettings: [.swiftLanguageMode(.v5), .unsafeFlags(["-Xcc", "-I\(llvmInclude)"])],
            linkerSettings: [.unsafeFlags(["-L\(llvmLib)", "-Xlinker", "-rpath", "-Xlinker", llvmLib])]),
        .testTarget(name: "GoSyntaxTests", dependencies: ["GoSyntax"], swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(
            name: "SwiftGoTests",
            dependencies: ["GoBuild", "GoSyntax", "GoTypes", "GoCodeGen"],
            exclude: ["Fixtures"],
            swiftSettings: [.swiftLanguageMode(.v5), .unsafeFlags(["-Xcc", "-I\(llvmInclude)"])],
            linkerSettings: [.unsafeFlags(["-L\(llvmLib)", "-Xlinker", "-rpath", "-Xlinker", llvmLib])]),
    ]
)
