import JSONSupport

/// The embedded schema files, parsed once. A file that does not parse is left out and named in
/// `problems` (the tests require there be none), so nothing here can crash the server.
public enum SchemaDocuments {
    public static let parsed: (documents: [String: JSONValue], problems: [String]) = parse(EmbeddedSchemas.files)

    public static var documents: [String: JSONValue] { parsed.documents }

    public static func parse(_ files: [String: String]) -> (documents: [String: JSONValue], problems: [String]) {
        var documents: [String: JSONValue] = [:]
        var problems: [String] = []
        for (path, text) in files {
            do {
                documents[path] = try JSONParser.parse(text)
            } catch {
                problems.append("Schemas/\(path): \(error)")
            }
        }
        return (documents, problems.sorted())
    }
}
