/// `commissioning-ls dump FILE|-`: the document's data as JSON, or its syntax errors.
enum DumpCommand {
    static func run(_ arguments: [String]) -> Int32 {
        Output.usageError("dump: not implemented yet")
    }
}
