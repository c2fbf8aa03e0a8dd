/// libFuzzer entry: `ConfigurationFuzzBody` on each input (the bytes of a `.commissioning.yaml`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let failure = ConfigurationFuzzBody.run(data) { fatalError(failure) }
    return 0
}
