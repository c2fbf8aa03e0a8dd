import Dispatch
import Foundation
import JSONSupport
import LanguageServerProtocol

/// Requests for the end-to-end tests only, registered when `ServerOptions.testingHooks` is set
/// (the `COMMISSIONING_LS_TEST_HOOKS=1` environment variable of the executable). They let a test
/// see what the server holds and hold a request open, which nothing in LSP itself allows.
enum TestingHandlers {
    /// `$/testing/documentText {uri}` → `{version, text}` of the open document, or null.
    enum DocumentTextRequest: LSPRequest {
        static let method = "$/testing/documentText"
        typealias Params = TextDocumentIdentifier
        typealias Result = JSONValue
    }

    /// `$/testing/waitForCancellation` → answers only when cancelled (or after a minute, with null).
    enum WaitForCancellationRequest: LSPRequest {
        static let method = "$/testing/waitForCancellation"
        typealias Params = Empty
        typealias Result = Empty
    }

    /// `$/testing/diagnosticsIdle` → `true` once no diagnostics are pending or being computed, every
    /// one computed already sent (`false` after 30 seconds): a test waits for the server to settle
    /// on this instead of sleeping.
    enum DiagnosticsIdleRequest: LSPRequest {
        static let method = "$/testing/diagnosticsIdle"
        typealias Params = Empty
        typealias Result = JSONValue
    }

    /// `$/testing/print {text}` → null, after `print(text)`: shows that a stray print cannot reach
    /// the protocol stream (it must land on standard error).
    enum PrintRequest: LSPRequest {
        static let method = "$/testing/print"
        typealias Params = JSONValue
        typealias Result = Empty
    }

    static func register(in table: inout HandlerTable) {
        table.onRequest(PrintRequest.self) { params, _ in
            print(params["text"]?.stringValue ?? "")
            fflush(nil)  // all C streams: `stdout` itself is not concurrency-safe to name
            return Empty()
        }

        table.onRequest(DocumentTextRequest.self) { params, context in
            guard let document = context.workspace.document(params.uri) else { return .null }
            return ["version": .int(document.version), "text": .string(document.source.text)]
        }

        table.onRequest(DiagnosticsIdleRequest.self) { _, context in
            let scheduler = context.scheduler
            // Waited for off the concurrency pool's threads, which the wait would otherwise hold.
            let idle = await withCheckedContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(returning: scheduler.waitUntilIdle(seconds: 30)) }
            }
            return .bool(idle)
        }

        table.onRequest(WaitForCancellationRequest.self) { _, _ in
            try await Task.sleep(nanoseconds: 60 * 1_000_000_000)
            return Empty()
        }
    }
}
