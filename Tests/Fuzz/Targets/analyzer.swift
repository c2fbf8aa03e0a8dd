import Analysis
import Foundation

/// libFuzzer entry: `AnalyzerFuzzBody` on each input. `FUZZ_WORKSPACE` names a folder to use as
/// the workspace root (run.sh fills one with the example documents), so references resolve.
let workspace: Workspace? = ProcessInfo.processInfo.environment["FUZZ_WORKSPACE"].map { Workspace(root: URL(fileURLWithPath: $0)) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let failure = AnalyzerFuzzBody.run(data, workspace: workspace) { fatalError(failure) }
    return 0
}
