import JSONSupport

/// The answer to `initialize`: the server's capabilities and name.
public struct InitializeResult: LSPStructure, Hashable {
    public static let metaModelName = "InitializeResult"
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo?

    public init(capabilities: ServerCapabilities, serverInfo: ServerInfo? = nil) {
        self.capabilities = capabilities
        self.serverInfo = serverInfo
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        capabilities = try fields.required("capabilities")
        serverInfo = try fields.optional("serverInfo")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("capabilities", capabilities)
        writer.set("serverInfo", serverInfo)
        return writer.json
    }
}

/// `client/registerCapability`: asks the client to turn on something at run time (file watching).
public struct RegistrationParams: LSPStructure, Hashable {
    public static let metaModelName = "RegistrationParams"
    public var registrations: [Registration]

    public init(registrations: [Registration]) { self.registrations = registrations }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        registrations = try fields.required("registrations")
    }

    public var json: JSONValue { ["registrations": registrations.json] }
}

public struct Registration: LSPStructure, Hashable {
    public static let metaModelName = "Registration"
    /// Chosen by the server, to unregister later.
    public var id: String
    public var method: String
    public var registerOptions: JSONValue?

    public init(id: String, method: String, registerOptions: JSONValue? = nil) {
        self.id = id
        self.method = method
        self.registerOptions = registerOptions
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        id = try fields.required("id")
        method = try fields.required("method")
        registerOptions = try fields.optional("registerOptions")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("id", id)
        writer.set("method", method)
        writer.set("registerOptions", registerOptions)
        return writer.json
    }
}

/// The options of a `workspace/didChangeWatchedFiles` registration: which files to watch.
public struct DidChangeWatchedFilesRegistrationOptions: LSPStructure, Hashable {
    public static let metaModelName = "DidChangeWatchedFilesRegistrationOptions"
    public var watchers: [FileSystemWatcher]

    public init(watchers: [FileSystemWatcher]) { self.watchers = watchers }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        watchers = try fields.required("watchers")
    }

    public var json: JSONValue { ["watchers": watchers.json] }
}

public struct FileSystemWatcher: LSPStructure, Hashable {
    public static let metaModelName = "FileSystemWatcher"
    /// A glob such as `**/*.yaml`, relative to the workspace.
    public var globPattern: String

    public init(globPattern: String) { self.globPattern = globPattern }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        globPattern = try fields.required("globPattern")
    }

    public var json: JSONValue { ["globPattern": .string(globPattern)] }
}
