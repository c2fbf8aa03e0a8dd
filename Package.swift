// swift-tools-version: 6.0
// The modules follow the flow of a document; each depends only on the ones before it:
// SourceText/JSONSupport/Locking → Syntax → Schema → Rules → Analysis → Features → (JSONRPC, LanguageServerProtocol)
// → LanguageServer → CLI → commissioning-ls. No third-party packages: the toolchain only.
import PackageDescription

let package = Package(
    name: "commissioning-ls",
    products: [
        .executable(name: "commissioning-ls", targets: ["commissioning-ls"]),
    ],
    targets: [
        // MARK: Foundations: text positions, diagnostics, JSON values, the one lock wrapper.
        .target(name: "SourceText"),
        .target(name: "JSONSupport"),
        .target(name: "Locking"),

        // MARK: The document pipeline.
        .target(name: "Syntax", dependencies: ["SourceText", "JSONSupport"]),
        .executableTarget(name: "SchemaEmbedder", path: "Sources/SchemaEmbedder"),
        .plugin(
            name: "EmbedSchemasPlugin",
            capability: .buildTool(),
            dependencies: ["SchemaEmbedder"],
            path: "Sources/EmbedSchemasPlugin"
        ),
        .target(
            name: "Schema",
            dependencies: ["SourceText", "JSONSupport", "Syntax"],
            plugins: ["EmbedSchemasPlugin"]
        ),
        .target(name: "Rules", dependencies: ["SourceText", "JSONSupport", "Syntax", "Schema"]),
        // Analysis holds the engine and, in Analysis/Project, the project layer both front ends use.
        .target(name: "Analysis", dependencies: ["SourceText", "JSONSupport", "Locking", "Syntax", "Schema", "Rules"]),
        .target(name: "Features", dependencies: ["SourceText", "JSONSupport", "Syntax", "Schema", "Rules", "Analysis"]),

        // MARK: The protocol: knows nothing of commissioning.
        .target(name: "JSONRPC", dependencies: ["JSONSupport", "Locking"]),
        .target(name: "LanguageServerProtocol", dependencies: ["JSONSupport"]),
        .target(
            name: "LanguageServer",
            dependencies: ["SourceText", "JSONSupport", "Locking", "JSONRPC", "LanguageServerProtocol", "Analysis", "Features", "Rules", "Schema", "Syntax"]
        ),

        // MARK: The command line and the executable.
        .target(name: "CLI", dependencies: ["SourceText", "JSONSupport", "Syntax", "Schema", "Rules", "Analysis", "Features", "LanguageServer"]),
        .executableTarget(name: "commissioning-ls", dependencies: ["CLI"]),

        // MARK: Test support: an LSP client that drives the built executable (used by tests only).
        .target(name: "TestSupport", dependencies: ["JSONRPC", "JSONSupport"]),

        // MARK: Tests.
        .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC", "JSONSupport", "TestSupport"]),
        .testTarget(name: "LanguageServerProtocolTests", dependencies: ["LanguageServerProtocol", "JSONSupport"]),
        .testTarget(
            name: "LanguageServerTests",
            // The executable is a dependency so that it is built before the end-to-end tests run it.
            dependencies: ["LanguageServer", "LanguageServerProtocol", "Features", "JSONRPC", "JSONSupport", "Locking", "SourceText", "TestSupport", "commissioning-ls"]
        ),
        .testTarget(name: "SourceTextTests", dependencies: ["SourceText", "TestSupport"]),
        .testTarget(name: "JSONSupportTests", dependencies: ["JSONSupport"]),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "SourceText", "JSONSupport", "TestSupport"]),
        .testTarget(name: "SchemaTests", dependencies: ["Schema", "Syntax", "SourceText", "JSONSupport", "TestSupport"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "Schema", "Syntax", "SourceText", "JSONSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Rules", "Schema", "Syntax", "SourceText", "JSONSupport"]),
        .testTarget(
            name: "CLITests",
            // The executable is a dependency so that it is built before the end-to-end tests run it.
            dependencies: ["CLI", "Analysis", "Schema", "SourceText", "JSONSupport", "TestSupport", "commissioning-ls"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "FeaturesTests", dependencies: ["Features", "Analysis", "Rules", "Schema", "Syntax", "SourceText", "JSONSupport"]),
        .testTarget(
            // Hostile input, limits, saved fuzzer crashes (the fuzz targets themselves, which need
            // -sanitize=fuzzer, are built by Tests/Fuzz/run.sh), safety, and the soak (opt-in: COMMISSIONING_SOAK=1, or Benchmarks/soak).
            name: "ReliabilityTests",
            dependencies: ["LanguageServer", "LanguageServerProtocol", "Features", "JSONRPC", "JSONSupport", "SourceText", "Syntax", "Rules", "Analysis", "TestSupport", "commissioning-ls"],
            exclude: ["Crashes"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
