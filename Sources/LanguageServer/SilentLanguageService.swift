/// A language service that knows nothing and reports nothing: the server's stand-in until the
/// commissioning analysis is wired in. With it the server speaks the whole protocol (lifecycle,
/// documents, empty diagnostics) and advertises no language feature.
public struct SilentLanguageService: LanguageService {
    public init() {}
}
