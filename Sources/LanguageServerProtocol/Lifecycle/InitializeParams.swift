import JSONSupport

/// The first request: who the client is, what it can do and which folders it opened.
public struct InitializeParams: LSPStructure {
    public static let metaModelName = "InitializeParams"
    /// The client's process id (the server may exit when it dies); nil when not sent or null.
    public var processId: Int?
    public var clientInfo: ClientInfo?
    /// Deprecated in favour of `workspaceFolders`, still sent by many clients.
    public var rootUri: String?
    public var rootPath: String?
    public var workspaceFolders: [WorkspaceFolder]?
    public var capabilities: ClientCapabilities
    /// Settings the user gave the client for this server, passed on as they are.
    public var initializationOptions: JSONValue?

    public init(
        processId: Int? = nil, clientInfo: ClientInfo? = nil, rootUri: String? = nil, rootPath: String? = nil,
        workspaceFolders: [WorkspaceFolder]? = nil, capabilities: ClientCapabilities = ClientCapabilities(),
        initializationOptions: JSONValue? = nil
    ) {
        self.processId = processId
        self.clientInfo = clientInfo
        self.rootUri = rootUri
        self.rootPath = rootPath
        self.workspaceFolders = workspaceFolders
        self.capabilities = capabilities
        self.initializationOptions = initializationOptions
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        processId = try fields.optional("processId")
        clientInfo = try fields.optional("clientInfo")
        rootUri = try fields.optional("rootUri")
        rootPath = try fields.optional("rootPath")
        workspaceFolders = try fields.optional("workspaceFolders")
        // Required by the spec, but a client that leaves it out can still be served.
        capabilities = try fields.optional("capabilities") ?? ClientCapabilities()
        initializationOptions = try fields.optional("initializationOptions")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("processId", processId.map(JSONValue.int) ?? .null)
        writer.set("clientInfo", clientInfo)
        writer.set("rootUri", rootUri.map(JSONValue.string) ?? .null)
        writer.set("rootPath", rootPath)
        writer.set("workspaceFolders", workspaceFolders)
        writer.set("capabilities", capabilities)
        writer.set("initializationOptions", initializationOptions)
        return writer.json
    }
}

/// `{ name, version? }`: who is on the other end (the meta-model's inline literal).
public struct ClientInfo: LSPValue, Hashable {
    public var name: String
    public var version: String?

    public init(name: String, version: String? = nil) {
        self.name = name
        self.version = version
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: "clientInfo")
        name = try fields.required("name")
        version = try fields.optional("version")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("name", name)
        writer.set("version", version)
        return writer.json
    }
}

public typealias ServerInfo = ClientInfo

/// A folder the client opened.
public struct WorkspaceFolder: LSPStructure, Hashable {
    public static let metaModelName = "WorkspaceFolder"
    public var uri: String
    public var name: String

    public init(uri: String, name: String) {
        self.uri = uri
        self.name = name
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        uri = try fields.required("uri")
        name = try fields.required("name")
    }

    public var json: JSONValue { ["uri": .string(uri), "name": .string(name)] }
}
