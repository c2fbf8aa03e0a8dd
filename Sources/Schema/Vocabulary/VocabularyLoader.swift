import JSONSupport

/// Builds the `Vocabulary` from parsed schema files. Tolerant: whatever is malformed is skipped
/// and described in `problems`, so a bad edit to a schema shows up in the tests, not as a crash.
struct VocabularyLoader {
    let documents: [String: JSONValue]
    var problems: [String]

    init(documents: [String: JSONValue], earlierProblems: [String] = []) {
        self.documents = documents
        self.problems = earlierProblems
    }

    func load() -> Vocabulary {
        var loader = self
        return loader.build()
    }

    private mutating func build() -> Vocabulary {
        let lists = readTermLists()
        let kinds = documents.keys.sorted().compactMap { readKind(file: $0) }
        let empty = TermList(name: "", title: "", description: "", source: "", isOrdered: true, terms: [], extras: [:])
        let areas = lists[VocabularyNames.matrixArea] ?? empty
        let levels = lists[VocabularyNames.integrationLevel] ?? empty
        if areas.terms.isEmpty || levels.terms.isEmpty { problems.append("\(VocabularyNames.file): the matrix areas or levels are missing") }
        let matrix = IntegrationMatrix(areas: areas, levels: levels, cells: readCells(areas: areas, levels: levels))
        let models = readModels(lists: lists)
        let ipc = models.first(where: \.isDefault)?.stages.extras["x-purchasing-cycle"]?["activities"]
        return Vocabulary(kinds: kinds, lists: lists, matrix: matrix, models: models,
                          purchasingCycle: readActivities(ipc, at: "x-purchasing-cycle"),
                          rationaleConditions: readRationale(), commissioningAlternatives: readAlternatives(), problems: problems)
    }

    // MARK: Vocabularies

    /// Every `$defs` entry of every file that is a `oneOf` of `const`s.
    private mutating func readTermLists() -> [String: TermList] {
        var lists: [String: TermList] = [:]
        for file in documents.keys.sorted() {
            guard let defs = documents[file]?["$defs"]?.objectValue else { continue }
            for (name, definition) in defs {
                guard let branches = definition["oneOf"]?.arrayValue, !branches.isEmpty,
                      branches.allSatisfy({ $0["const"] != nil }) else { continue }
                if lists[name] != nil { problems.append("\(file): vocabulary '\(name)' is defined twice") }
                let terms = branches.enumerated().compactMap { readTerm($1, at: "\(file)#/$defs/\(name)/oneOf/\($0)") }
                lists[name] = TermList(name: name, title: definition["title"]?.stringValue ?? name,
                                       description: definition.shownDescription ?? "",
                                       source: definition["x-source"]?.stringValue ?? "",
                                       isOrdered: definition["x-ordered"]?.boolValue ?? false,
                                       terms: terms, extras: extras(of: definition))
            }
        }
        return lists
    }

    private mutating func readTerm(_ value: JSONValue, at place: String) -> Term? {
        guard let id = value["const"]?.stringValue, let label = value["title"]?.stringValue,
              let definition = value.shownDescription, let source = value["x-source"]?.stringValue else {
            problems.append("\(place): a term needs a string const, title, description and x-source")
            return nil
        }
        let activities = value["x-activities"] ?? value["x-tasks"]
        return Term(id: id, label: label, definition: definition, source: source,
                    activities: readActivities(activities, at: place), extras: extras(of: value))
    }

    private mutating func readActivities(_ value: JSONValue?, at place: String) -> [Activity] {
        guard let items = value?.arrayValue else { return [] }
        return items.compactMap { item in
            guard let text = item["text"]?.stringValue, let source = item["x-source"]?.stringValue else {
                problems.append("\(place): an activity needs text and x-source")
                return nil
            }
            return Activity(text: text, description: item.shownDescription, source: source)
        }
    }

    private func extras(of value: JSONValue) -> JSONObject {
        JSONObject((value.objectValue ?? [:]).filter { $0.key.hasPrefix("x-") }.map { ($0.key, $0.value) })
    }

    // MARK: The matrix

    private mutating func readCells(areas: TermList, levels: TermList) -> [MatrixCell] {
        var cells: [MatrixCell] = []
        for area in areas.terms {
            for level in levels.terms {
                let place = "\(VocabularyNames.file): area '\(area.id)', level '\(level.id)'"
                guard let cell = area.extras["x-cells"]?[level.id], let source = cell["x-source"]?.stringValue else {
                    problems.append("\(place): no cell")
                    continue
                }
                cells.append(MatrixCell(area: area.id, level: level.id,
                                        activities: readActivities(cell["activities"], at: place), source: source))
            }
        }
        return cells
    }

    // MARK: Models

    private mutating func readModels(lists: [String: TermList]) -> [CommissioningModel] {
        guard let models = lists[VocabularyNames.commissioningModel] else {
            problems.append("\(VocabularyNames.file): no \(VocabularyNames.commissioningModel) vocabulary")
            return []
        }
        return models.terms.compactMap { term in
            guard let name = term.text("x-stage-vocabulary"), let stages = lists[name] else {
                problems.append("\(VocabularyNames.file): model '\(term.id)' names no stage vocabulary that exists")
                return nil
            }
            return CommissioningModel(term: term, stages: stages, isDefault: term.flag("x-default") ?? false)
        }
    }

    // MARK: Rationale

    private mutating func readRationale() -> [RationaleCondition] {
        guard let properties = documents[VocabularyNames.file]?["$defs"]?[VocabularyNames.rationale]?["properties"]?.objectValue else {
            problems.append("\(VocabularyNames.file): no \(VocabularyNames.rationale) definition")
            return []
        }
        return properties.compactMap { key, value in
            guard let label = value["title"]?.stringValue, let definition = value.shownDescription,
                  let source = value["x-source"]?.stringValue else {
                problems.append("\(VocabularyNames.file): rationale condition '\(key)' lacks a title, description or source")
                return nil
            }
            return RationaleCondition(key: key, label: label, definition: definition, source: source)
        }
    }

    /// Table 2.1, kept under the rationale's `x-table`.
    private mutating func readAlternatives() -> CommissioningAlternatives {
        let table = documents[VocabularyNames.file]?["$defs"]?[VocabularyNames.rationale]?["x-table"]
        let place = "\(VocabularyNames.rationale)/x-table"
        let alternatives = CommissioningAlternatives(
            title: table?["title"]?.stringValue ?? "", source: table?["x-source"]?.stringValue ?? "",
            notAToolFor: readActivities(table?["x-not-a-tool-for"], at: place),
            insteadTry: readActivities(table?["x-instead-try"], at: place))
        if alternatives.title.isEmpty || alternatives.source.isEmpty || alternatives.notAToolFor.isEmpty || alternatives.insteadTry.isEmpty {
            problems.append("\(VocabularyNames.file): \(place) needs a title, a source and both lists of Table 2.1")
        }
        return alternatives
    }

    // MARK: Kinds

    /// A kind schema is a file that declares `x-file-suffixes`; its kind id is `properties.kind.const`.
    private mutating func readKind(file: String) -> DocumentKind? {
        guard let schema = documents[file], let suffixes = schema["x-file-suffixes"]?.arrayValue else { return nil }
        guard let id = schema["properties"]?["kind"]?["const"]?.stringValue,
              let properties = schema["properties"]?.objectValue else {
            problems.append("\(file): a kind schema needs properties.kind.const")
            return nil
        }
        let required = Set(schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        let sections = properties.map { key, value in
            let documented = describe(value, in: file)
            if documented.source.isEmpty || documented.description.isEmpty {
                problems.append("\(file): section '\(key)' has no description or x-source")
            }
            return Section(key: key, title: documented.title ?? key, description: documented.description,
                           source: documented.source, isRequired: required.contains(key))
        }
        return DocumentKind(id: id, title: schema["title"]?.stringValue ?? id, description: schema.shownDescription ?? "",
                            source: schema["x-source"]?.stringValue ?? "", fileSuffixes: suffixes.compactMap(\.stringValue),
                            schemaFile: file, sections: sections)
    }

    /// A property's own title, description and source, or those of the definition it refers to.
    private func describe(_ value: JSONValue, in file: String) -> (title: String?, description: String, source: String) {
        var target: JSONValue?
        if let ref = value["$ref"]?.stringValue { target = SchemaReference(ref)?.resolve(in: documents, from: file) }
        let pick = { (key: String) in value[key]?.stringValue ?? target?[key]?.stringValue }
        return (pick("title"), pick("description").map(SeedNumbers.removed) ?? "", pick("x-source") ?? "")
    }
}
