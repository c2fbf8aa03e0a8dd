import Foundation
import JSONRPC
import JSONSupport
import TestSupport
import Testing

/// The built `commissioning-ls --stdio`, with the testing hooks on.
func launchServer(environment: [String: String] = [:]) throws -> LSPTestClient {
    let executable = try #require(
        ExecutableLocator.locate("commissioning-ls"),
        "the commissioning-ls executable was not found next to the tests (set COMMISSIONING_LS_BINARY to its path)")
    return try LSPTestClient(executable: executable, environment: environment.merging(["COMMISSIONING_LS_TEST_HOOKS": "1"]) { $1 })
}

/// Writes `text` as `name` in the folder's workspace, starts a server on that workspace, opens
/// the file as the editor would and waits for its diagnostics.
func openInWorkspace(_ text: String, as name: String, in folder: TemporaryFolder) throws
    -> (client: LSPTestClient, uri: String, diagnostics: [JSONValue]) {
    let uri = try folder.write(text, to: name).absoluteString
    let client = try launchServer()
    try client.start(root: folder.workspace)
    client.open(uri, text)
    return (client, uri, try client.diagnostics(uri))
}

/// One framed message, with its body written as given (for bodies too large or too odd to build
/// as a `JSONValue`).
func frame(body: [UInt8]) -> [UInt8] { Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body }

func frame(_ message: JSONValue) -> [UInt8] { frame(body: JSONWriter().bytes(message)) }

/// The protocol's positions and ranges as JSON.
func position(_ line: Int, _ character: Int) -> JSONValue { ["line": .int(line), "character": .int(character)] }
func range(_ start: JSONValue, _ end: JSONValue) -> JSONValue { ["start": start, "end": end] }

extension LSPTestClient {
    /// `initialize` for a workspace folder (or none), with the client capabilities given, then `initialized`.
    @discardableResult
    func start(root: URL? = nil, capabilities: JSONValue = [:], initializationOptions: JSONValue? = nil) throws -> JSONValue {
        var params: JSONObject = ["processId": .null, "rootUri": root.map { .string($0.absoluteString) } ?? .null, "capabilities": capabilities]
        if let initializationOptions { params["initializationOptions"] = initializationOptions }
        let result = try request("initialize", .object(params))
        notify("initialized", [:])
        return result
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "yaml", "version": .int(version), "text": .string(text)]])
    }

    func close(_ uri: String) {
        notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
    }

    /// What the server holds (testing hook): `{version, text}`, or null when the document is not open.
    func heldText(_ uri: String) throws -> JSONValue { try request("$/testing/documentText", ["uri": .string(uri)]) }

    /// The next diagnostics published for `uri` (at `version`, when given).
    func diagnostics(_ uri: String, version: Int? = nil, timeout: Double = LSPTestClient.defaultTimeout) throws -> [JSONValue] {
        let params = try notification("textDocument/publishDiagnostics", timeout: timeout) { params in
            params["uri"]?.stringValue == uri && (version == nil || params["version"]?.intValue == version)
        }
        return params["diagnostics"]?.arrayValue ?? []
    }

    /// The answer to a request: its result, or its error as a value (both mean the server answered).
    func answer(_ method: String, _ params: JSONValue?, timeout: Double = LSPTestClient.defaultTimeout) throws -> Result<JSONValue, ResponseError> {
        switch try response(to: sendRequest(method, params), timeout: timeout) {
        case let .response(_, result): return .success(result)
        case let .errorResponse(_, error): return .failure(error)
        case let other: throw LSPTestClientError.unexpected("not a response: \(other)")
        }
    }

    /// `shutdown`, `exit`, status 0, and nothing malformed written.
    func end(sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = try request("shutdown")
        notify("exit")
        #expect(try waitForExit() == 0, sourceLocation: sourceLocation)
        #expect(malformedOutput.isEmpty, "\(malformedOutput)", sourceLocation: sourceLocation)
    }

    /// Resident memory of the server process in KiB (Linux: `VmRSS` in /proc/PID/status).
    var residentKiB: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(processIdentifier)/status", encoding: .utf8) else { return nil }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}

/// The codes of published diagnostics.
func codes(_ diagnostics: [JSONValue]) -> [String] { diagnostics.compactMap { $0["code"]?.stringValue } }

extension LSPTestClient {
    /// Sends a request and records an issue unless it is answered with a result (or, when
    /// `invalidParamsAllowed`, with InvalidParams: a position the protocol does not allow).
    func expectAnswer(_ method: String, _ params: JSONValue?, invalidParamsAllowed: Bool = false, timeout: Double = LSPTestClient.defaultTimeout,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        if case let .failure(error) = try answer(method, params, timeout: timeout), !(invalidParamsAllowed && error.code == -32602) {
            Issue.record("\(method) \(params.map { JSONWriter().string($0) } ?? ""): \(error)", sourceLocation: sourceLocation)
        }
    }
}
