/// libFuzzer entry: `EditingFuzzBody` on each input (a document and a list of edits, decoded by `FuzzInput`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let failure = EditingFuzzBody.run(data) { fatalError(failure) }
    return 0
}
