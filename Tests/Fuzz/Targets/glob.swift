/// libFuzzer entry: `GlobFuzzBody` on each input (a pattern and a path).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let failure = GlobFuzzBody.run(data) { fatalError(failure) }
    return 0
}
