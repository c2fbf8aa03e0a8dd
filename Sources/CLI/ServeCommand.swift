import Foundation
import LanguageServer

/// `commissioning-ls --stdio` / `commissioning-ls serve`: the language server on standard input
/// and output. Returns when the client sends `exit` (status 0 after `shutdown`, 1 otherwise) or
/// closes standard input (status 0).
enum ServeCommand {
    /// Set to `1` to add the `$/testing/…` requests used by the end-to-end tests.
    static let testingHooksVariable = "COMMISSIONING_LS_TEST_HOOKS"

    static func run(_ arguments: [String]) -> Int32 {
        for argument in arguments where argument != "--stdio" {
            // Editors add options of their own (`--clientProcessId=…`); starting matters more
            // than being strict, so they are noted and ignored.
            Output.standardError("commissioning-ls: serve: ignoring option '\(argument)'\n")
        }
        let options = ServerOptions(
            name: "commissioning-ls", version: CommandLineTool.version,
            testingHooks: ProcessInfo.processInfo.environment[testingHooksVariable] == "1")
        return StdioServer.run(service: makeService(), options: options)
    }

    /// The language behind the server.
    static func makeService() -> any LanguageService {
        let service = CommissioningLanguageService()
        service.warmUp()
        return service
    }
}
