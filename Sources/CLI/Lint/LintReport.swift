import Features
import SourceText

/// One diagnostic of a checked file with every position the output formats need, worked out
/// once while the file's text is at hand (so no tree or text is kept for the report).
struct ReportedDiagnostic: Sendable {
    let code: String
    let severity: Severity
    let message: String
    /// Bytes, for SARIF's `byteOffset`/`byteLength`.
    let byteRange: TextRange
    /// 1-based line and column as an editor shows them (columns count characters), for `text`
    /// and `github`.
    let start: EditorPlace
    let end: EditorPlace
    /// 0-based, in UTF-16 code units (LSP's default and SARIF's).
    let utf16Range: LineRange
    /// 0-based, in the unit `--position-encoding` asked for (the `json` ranges).
    let encodedRange: LineRange
    /// The source line and underline for `text`; nil for other formats.
    let excerpt: SourceExcerpt?
    /// Places that explain the diagnostic ("first used here"), in every output format.
    let related: [ReportedRelatedPlace]
    /// Stable identity for baselines and SARIF `partialFingerprints`.
    let fingerprint: String
    /// Whether `lint --fix` (or `--unsafe-fixes`) can fix it, for `--statistics`.
    var fix: FixAvailability = .none
}

/// A related place of a diagnostic, with the positions the formats need, as for the diagnostic.
struct ReportedRelatedPlace: Sendable {
    /// Shown in `text` and `json`: the checked file's own path when the place is in it.
    let displayPath: String
    /// For `sarif` and `github`, like `CheckedFile.workspacePath`.
    let workspacePath: String
    let start: EditorPlace
    let utf16Range: LineRange
    let encodedRange: LineRange
    let message: String
}

/// A 1-based line and character column.
struct EditorPlace: Sendable, Hashable {
    let line: Int
    let column: Int
}

/// A suppression comment of a checked file, for `--list-suppressions`.
struct ListedSuppression: Sendable {
    let place: EditorPlace
    let isFileWide: Bool
    let codes: [String]
    let reason: String?
    /// How many diagnostics it silenced.
    let silenced: Int
}

/// The outcome of checking one file.
struct CheckedFile: Sendable {
    /// As shown in `text`, `json` and `junit`: as typed on the command line, joined with the
    /// path found below a folder.
    let displayPath: String
    /// Relative to the workspace root with `/` separators when inside it (absolute otherwise):
    /// for `sarif`, `github` and baselines, which must not depend on the current folder.
    let workspacePath: String
    /// The kind id the file was checked as, nil when it could not be told (or for the configuration).
    let kind: String?
    var diagnostics: [ReportedDiagnostic]
    /// Domain rules that ran, for `junit`.
    let rulesRun: [String]
    let suppressions: [ListedSuppression]
}

/// A path that could not be checked, reported on standard error (exit status 2).
struct PathProblem: Error, Sendable, Hashable {
    let path: String
    let message: String

    var line: String { "commissioning-ls: \(path): \(message)" }
}

/// Counts by severity of what a report shows.
struct SeverityCounts: Sendable, Equatable {
    var errors = 0
    var warnings = 0
    var infos = 0
    var hints = 0

    mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        case .hint: hints += 1
        }
    }

    init() {}

    init(_ files: [CheckedFile]) {
        for file in files {
            for diagnostic in file.diagnostics { add(diagnostic.severity) }
        }
    }
}

/// Everything a run produced, in output order (files sorted by display path).
struct LintReport: Sendable {
    var files: [CheckedFile]
    /// Findings left out because the baseline holds them.
    var baselineMatches: Int = 0
    /// Findings left out because they are below `--severity`.
    var hiddenBySeverity = SeverityCounts()
    var minimumSeverity: Severity = .info
    /// The workspace root, absolute, for SARIF's `originalUriBaseIds`.
    let workspaceRoot: String
    let positionEncoding: PositionEncoding

    var counts: SeverityCounts { SeverityCounts(files) }
}
