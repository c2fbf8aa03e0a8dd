import Foundation
import LanguageServer

/// libFuzzer entry: `FeaturesFuzzBody` on each input, with the workspace run.sh prepares.
let root = ProcessInfo.processInfo.environment["FUZZ_WORKSPACE"].map { URL(fileURLWithPath: $0) }
let service = FeaturesFuzzBody.service(root: root)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let failure = FeaturesFuzzBody.run(data, service: service, root: root) { fatalError(failure) }
    return 0
}
