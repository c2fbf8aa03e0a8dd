import JSONSupport

/// `workspace/didChangeConfiguration`: the user's settings for this server, as the client sends them.
public struct DidChangeConfigurationParams: LSPStructure, Hashable {
    public static let metaModelName = "DidChangeConfigurationParams"
    public var settings: JSONValue

    public init(settings: JSONValue) { self.settings = settings }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        // Required by the spec; some clients send `{}` with nothing in it.
        settings = fields.object["settings"] ?? .null
    }

    public var json: JSONValue { ["settings": settings] }
}

/// `workspace/didChangeWatchedFiles`: files changed on disk (not through an open editor).
public struct DidChangeWatchedFilesParams: LSPStructure, Hashable {
    public static let metaModelName = "DidChangeWatchedFilesParams"
    public var changes: [FileEvent]

    public init(changes: [FileEvent]) { self.changes = changes }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        changes = try fields.required("changes")
    }

    public var json: JSONValue { ["changes": changes.json] }
}

public struct FileEvent: LSPStructure, Hashable {
    public static let metaModelName = "FileEvent"
    public var uri: String
    public var type: FileChangeType

    public init(uri: String, type: FileChangeType) {
        self.uri = uri
        self.type = type
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        uri = try fields.required("uri")
        type = try fields.required("type")
    }

    public var json: JSONValue { ["uri": .string(uri), "type": type.json] }
}

/// `workspace/symbol`: symbols anywhere in the workspace whose name matches `query`.
public struct WorkspaceSymbolParams: LSPStructure, Hashable {
    public static let metaModelName = "WorkspaceSymbolParams"
    public var query: String

    public init(query: String) { self.query = query }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        query = try fields.required("query")
    }

    public var json: JSONValue { ["query": .string(query)] }
}

/// A symbol and where it is; the form of `workspace/symbol` results every client understands.
public struct SymbolInformation: LSPStructure, Hashable {
    public static let metaModelName = "SymbolInformation"
    public var name: String
    public var kind: SymbolKind
    public var location: Location
    public var containerName: String?

    public init(name: String, kind: SymbolKind, location: Location, containerName: String? = nil) {
        self.name = name
        self.kind = kind
        self.location = location
        self.containerName = containerName
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        name = try fields.required("name")
        kind = try fields.required("kind")
        location = try fields.required("location")
        containerName = try fields.optional("containerName")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("name", name)
        writer.set("kind", kind)
        writer.set("location", location)
        writer.set("containerName", containerName)
        return writer.json
    }
}

/// `workspace/executeCommand`: run one of the commands the server advertised, with its arguments.
public struct ExecuteCommandParams: LSPStructure, Hashable {
    public static let metaModelName = "ExecuteCommandParams"
    public var command: String
    public var arguments: [JSONValue]?

    public init(command: String, arguments: [JSONValue]? = nil) {
        self.command = command
        self.arguments = arguments
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        command = try fields.required("command")
        arguments = try fields.optional("arguments")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("command", command)
        writer.set("arguments", arguments)
        return writer.json
    }
}
