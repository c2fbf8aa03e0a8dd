import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import TestSupport
import Testing

/// Starts the built `commissioning-ls --stdio` with the testing hooks on.
func startServer(arguments: [String] = ["--stdio"]) throws -> LSPTestClient {
    let executable = try #require(
        ExecutableLocator.locate("commissioning-ls"),
        "the commissioning-ls executable was not found next to the tests (set COMMISSIONING_LS_BINARY to its path)")
    return try LSPTestClient(executable: executable, arguments: arguments, environment: ["COMMISSIONING_LS_TEST_HOOKS": "1"])
}

/// One framed message as bytes.
func framed(_ message: JSONValue) -> [UInt8] {
    let body = JSONWriter().bytes(message)
    return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
}

func framed(rawBody: [UInt8]) -> [UInt8] { Array("Content-Length: \(rawBody.count)\r\n\r\n".utf8) + rawBody }

extension LSPTestClient {
    @discardableResult
    func initialize(_ capabilities: JSONValue = [:]) throws -> JSONValue {
        let result = try request("initialize", ["processId": nil, "rootUri": "file:///work", "capabilities": capabilities])
        notify("initialized", [:])
        return result
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "yaml", "version": .int(version), "text": .string(text)]])
    }

    /// What the server holds for a document (testing hook): `{version, text}`, or null.
    func documentText(_ uri: String) throws -> JSONValue { try request("$/testing/documentText", ["uri": .string(uri)]) }

    func published(_ uri: String, version: Int? = nil) throws -> PublishDiagnosticsParams {
        try PublishDiagnosticsParams(json: notification("textDocument/publishDiagnostics") { params in
            params["uri"]?.stringValue == uri && (version == nil || params["version"]?.intValue == version)
        })
    }

    /// Sends the request and returns its error (failing the test if it succeeded).
    func error(of method: String, _ params: JSONValue? = nil) throws -> ResponseError {
        let answer = try response(to: sendRequest(method, params))
        guard case let .errorResponse(_, error) = answer else { throw LSPTestClientError.unexpected("\(method) succeeded: \(answer)") }
        return error
    }

    /// Ends the session properly and checks that everything the server wrote was well framed.
    func finish(sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = try request("shutdown")
        notify("exit")
        #expect(try waitForExit() == 0, sourceLocation: sourceLocation)
        #expect(malformedOutput.isEmpty, "\(malformedOutput)", sourceLocation: sourceLocation)
    }
}
