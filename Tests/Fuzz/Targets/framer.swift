/// libFuzzer entry: `FramerFuzzBody` on each input (a byte stream as a client might send).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let failure = FramerFuzzBody.run(data) { fatalError(failure) }
    return 0
}
