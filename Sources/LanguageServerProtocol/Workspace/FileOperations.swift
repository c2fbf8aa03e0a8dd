import JSONSupport

/// `workspace/willRenameFiles`: files or folders the user is renaming in the editor, asked
/// before the rename is made, so that the server can answer the edits that keep references.
/// A renamed folder is sent alone, not with the files inside it.
public struct RenameFilesParams: LSPStructure, Hashable {
    public static let metaModelName = "RenameFilesParams"
    public var files: [FileRename]

    public init(files: [FileRename]) { self.files = files }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        files = try fields.required("files")
    }

    public var json: JSONValue { ["files": files.json] }
}

public struct FileRename: LSPStructure, Hashable {
    public static let metaModelName = "FileRename"
    public var oldUri: String
    public var newUri: String

    public init(oldUri: String, newUri: String) {
        self.oldUri = oldUri
        self.newUri = newUri
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        oldUri = try fields.required("oldUri")
        newUri = try fields.required("newUri")
    }

    public var json: JSONValue { ["oldUri": .string(oldUri), "newUri": .string(newUri)] }
}

/// `ServerCapabilities.workspace`.
public struct WorkspaceOptions: LSPStructure, Hashable {
    public static let metaModelName = "WorkspaceOptions"
    public var fileOperations: FileOperationOptions?

    public init(fileOperations: FileOperationOptions? = nil) { self.fileOperations = fileOperations }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        fileOperations = try fields.optional("fileOperations")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("fileOperations", fileOperations)
        return writer.json
    }
}

/// The file operations the server wants to hear of; only `willRename` is answered here.
public struct FileOperationOptions: LSPStructure, Hashable {
    public static let metaModelName = "FileOperationOptions"
    public var willRename: FileOperationRegistrationOptions?

    public init(willRename: FileOperationRegistrationOptions? = nil) { self.willRename = willRename }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        willRename = try fields.optional("willRename")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("willRename", willRename)
        return writer.json
    }
}

/// Which files and folders an operation is sent for: those matching any of the filters.
public struct FileOperationRegistrationOptions: LSPStructure, Hashable {
    public static let metaModelName = "FileOperationRegistrationOptions"
    public var filters: [FileOperationFilter]

    public init(filters: [FileOperationFilter]) { self.filters = filters }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        filters = try fields.required("filters")
    }

    public var json: JSONValue { ["filters": filters.json] }
}

public struct FileOperationFilter: LSPStructure, Hashable {
    public static let metaModelName = "FileOperationFilter"
    /// A URI scheme such as `file`; any scheme when nil.
    public var scheme: String?
    public var pattern: FileOperationPattern

    public init(scheme: String? = nil, pattern: FileOperationPattern) {
        self.scheme = scheme
        self.pattern = pattern
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        scheme = try fields.optional("scheme")
        pattern = try fields.required("pattern")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("scheme", scheme)
        writer.set("pattern", pattern)
        return writer.json
    }
}

public struct FileOperationPattern: LSPStructure, Hashable {
    public static let metaModelName = "FileOperationPattern"
    /// A glob such as `**/*.yaml`.
    public var glob: String
    /// Files or folders only; both when nil.
    public var matches: FileOperationPatternKind?
    public var options: FileOperationPatternOptions?

    public init(glob: String, matches: FileOperationPatternKind? = nil, options: FileOperationPatternOptions? = nil) {
        self.glob = glob
        self.matches = matches
        self.options = options
    }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        glob = try fields.required("glob")
        matches = try fields.optional("matches")
        options = try fields.optional("options")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("glob", glob)
        writer.set("matches", matches)
        writer.set("options", options)
        return writer.json
    }
}

public enum FileOperationPatternKind: String, LSPEnumeration {
    public static let metaModelName = "FileOperationPatternKind"
    case file
    case folder
}

public struct FileOperationPatternOptions: LSPStructure, Hashable {
    public static let metaModelName = "FileOperationPatternOptions"
    public var ignoreCase: Bool?

    public init(ignoreCase: Bool? = nil) { self.ignoreCase = ignoreCase }

    public init(json: JSONValue) throws {
        let fields = try FieldReader(json, as: Self.metaModelName)
        ignoreCase = try fields.optional("ignoreCase")
    }

    public var json: JSONValue {
        var writer = FieldWriter()
        writer.set("ignoreCase", ignoreCase)
        return writer.json
    }
}
