import Foundation
import JSONSupport
import Schema
import Testing

/// The vocabulary read from Schemas/ is complete and says what SPEC §3 and §4 say. The lists of
/// ids below are the specification's, written here on purpose: they are what the data must match.
@Suite struct VocabularyTests {
    let vocabulary = Vocabulary.shared

    @Test func loadsWithoutProblems() {
        #expect(vocabulary.problems == [])
    }

    @Test func theFourKindsWithTheirSuffixes() throws {
        let expected = ["commissioning-strategy": "strategy", "market-position-statement": "mps",
                        "commissioning-framework": "framework", "hypothesis-set": "hypotheses"]
        #expect(Dictionary(uniqueKeysWithValues: vocabulary.kinds.map { ($0.id, $0.shortName ?? "") }) == expected)
        for (id, short) in expected {
            let kind = try #require(vocabulary.kind(id: id))
            #expect(kind.fileSuffixes == [".\(short).yaml", ".\(short).yml"])
            #expect(vocabulary.kind(named: short)?.id == id)
            #expect(vocabulary.kind(named: id)?.id == id)
            #expect(vocabulary.kind(forFileName: "plans/older-people.\(short).yaml")?.id == id)
            #expect(vocabulary.kind(forFileName: "NAME.\(short.uppercased()).YML")?.id == id)
            #expect(vocabulary.kind(forFileName: ".\(short).yaml") == nil, "a suffix alone names no document")
        }
        #expect(vocabulary.kind(forFileName: "notes.yaml") == nil)
        #expect(vocabulary.kind(forFileName: "older-people.strategy.yaml.bak") == nil)
        #expect(vocabulary.kind(named: "nonsense") == nil)
    }

    @Test func headerIsRequiredAsSpecSection3_1Says() throws {
        for kind in vocabulary.kinds {
            let required = Set(kind.requiredSections.map(\.key))
            #expect(required.isSuperset(of: ["kind", "title", "population"]), "\(kind.id)")
            let needsPartners = kind.id != "hypothesis-set"
            #expect(required.contains("partners") == needsPartners, "\(kind.id)")
            #expect(required.contains("period") == needsPartners, "\(kind.id)")
            for optional in ["approach", "status", "owner"] {
                #expect(kind.section(optional)?.isRequired == false, "\(kind.id).\(optional)")
            }
        }
    }

    @Test(arguments: [
        ("commissioning-strategy", ["rationale", "aims", "development", "policy-context", "guidance-and-research", "needs-assessment", "current-services", "gaps", "future-services", "procurement", "monitoring"], ["levers", "resources", "integration", "hypotheses", "commissioning-levels", "commissioning-types", "options-appraisal", "risks", "equality", "third-sector"]),
        ("market-position-statement", ["market", "direction", "demand", "supply", "models-of-practice", "resourcing", "support"], ["market-situation"]),
        ("commissioning-framework", ["definitions", "principles", "cycle", "roles", "documents", "involvement", "legislation-and-policy", "timetable", "integration"], ["model", "budget-arrangements", "commissioning-levels", "commissioning-types", "joint-commissioning", "partnership-questions", "who-grid", "integration-plan", "other-models"]),
        ("hypothesis-set", ["hypotheses"], ["aims"]),
    ])
    func sectionsAreThoseOfSpec(kindID: String, required: [String], optional: [String]) throws {
        let kind = try #require(vocabulary.kind(id: kindID))
        let header = ["kind", "title", "population", "partners", "approach", "period", "status", "owner"]
        #expect(Array(kind.sections.map(\.key).prefix(header.count)) == header, "the header comes first")
        #expect(Set(kind.sections.map(\.key)) == Set(header + required + optional))
        for key in required { #expect(kind.section(key)?.isRequired == true, "\(key)") }
        for key in optional { #expect(kind.section(key)?.isRequired == false, "\(key)") }
        for section in kind.sections {
            #expect(!section.title.isEmpty && !section.description.isEmpty, "\(kindID).\(section.key)")
            #expect(SourceReference(section.source) != nil, "\(kindID).\(section.key): \(section.source)")
        }
    }

    @Test(arguments: [
        ("matrix-area", ["purpose-and-strategy", "needs-and-market-intelligence", "stakeholder-engagement", "resource-allocation-and-management", "market-management-and-monitoring", "contracting", "commissioning-function"]),
        ("integration-level", ["separate", "parallel", "joint", "integrated"]),
        ("approach", ["separate", "parallel", "joint", "integrated"]),
        ("cycle-stage", ["analyse", "plan", "do", "review"]),
        ("aim-purpose", ["better-outcomes", "needs-match", "efficiency"]),
        ("lever", ["information-and-advice", "user-representation", "brokerage", "contracts", "service-level-agreements", "framework-contracts", "grants", "job-descriptions", "line-management", "work-plans", "organisation-procedures", "professional-guidance", "legislation"]),
        ("evidence-type", ["need", "performance", "experience"]),
        ("stakeholder-group", ["la-commissioners", "nhs-commissioners", "la-providers", "nhs-providers", "service-users", "carers", "public", "politicians", "voluntary-private-bodies", "professionals", "independent-providers"]),
        ("commitment", ["agree-reason", "contribute-analysis", "agree-changes", "commit-implementation"]),
        ("market-situation", ["single-block-contract", "multiple-contracted-providers", "mixed-funding", "personal-budgets-self-funders"]),
        ("intervention", ["commissioning-strategy", "market-position-statement", "procurement-exercise", "monitoring-programme"]),
        ("commissioning-level", ["individual", "operational", "strategic"]),
        ("partner-type", ["local-authority", "nhs", "education", "housing", "other"]),
        ("document-status", ["draft", "consultation", "agreed", "published"]),
        ("hypothesis-status", ["untested", "supported", "refuted", "inconclusive"]),
        ("gap-action", ["increase", "reduce", "redevelop"]),
        ("budget-arrangement", ["separate-budgets", "shared-resources", "pooled-budget", "single-pooled-budget", "health-act-flexibilities", "section-75-agreement"]),
        ("service-change", ["new", "increase", "maintain", "reduce", "decommission", "redevelop", "re-commission"]),
    ])
    func vocabularyIdsAreThoseOfSpec(name: String, ids: [String]) throws {
        let list = try #require(vocabulary.list(name))
        #expect(list.ids == ids)
        #expect(!list.title.isEmpty && !list.description.isEmpty)
        for term in list.terms {
            #expect(!term.label.isEmpty && term.definition.count > 20, "\(name).\(term.id)")
            #expect(term.sourceReference != nil, "\(name).\(term.id): \(term.source)")
        }
    }

    @Test func levelsAreOrdered() throws {
        let levels = vocabulary.matrix.levels
        #expect(levels.isOrdered)
        #expect(vocabulary.list("approach")?.isOrdered == true)
        let ranks = ["separate", "parallel", "joint", "integrated"].map { vocabulary.matrix.rank(ofLevel: $0) }
        #expect(ranks == [0, 1, 2, 3])
        #expect(vocabulary.matrix.rank(ofLevel: "merged") == nil)
    }

    @Test func leversSayWhetherCommissionersHaveThem() {
        for lever in ["information-and-advice", "user-representation", "brokerage", "contracts", "service-level-agreements", "framework-contracts", "grants"] {
            #expect(vocabulary.isAvailable(lever: lever) == true, "\(lever)")
        }
        for lever in ["job-descriptions", "line-management", "work-plans", "organisation-procedures", "professional-guidance", "legislation"] {
            #expect(vocabulary.isAvailable(lever: lever) == false, "\(lever)")
        }
        #expect(vocabulary.isAvailable(lever: "persuasion") == nil)
    }

    /// SPEC §4: the models and their stage ids, in order.
    @Test func modelsAndStagesAreThoseOfSpec() {
        let expected: [(String, [String])] = [
            ("ipc", ["analyse", "plan", "do", "review"]),
            ("north-west-roadmap", ["analyse", "plan", "do", "review"]),
            ("csp-2009", ["understand", "plan", "do", "review"]),
            ("ncf-2010", ["understand-needs", "plan-approach", "take-action", "review"]),
            ("clg-2008", ["engage-and-analyse", "plan-strategically", "implement-and-secure", "monitor-and-evaluate"]),
            ("compact-2009", ["analysis", "planning", "sourcing", "monitoring-and-review"]),
            ("dh-2007", ["people-at-the-centre", "understanding-needs", "sharing-information", "assuring-providers", "work-health-wellbeing", "incentives", "local-accountability", "capability-and-leadership"]),
            ("dwp-welfare-to-work", ["demand-analysis", "market-capacity", "resource-analysis", "risk-analysis", "strategic-plan", "contract-design", "contract-implementation", "provider-development", "contract-management", "performance-management"]),
        ]
        #expect(vocabulary.models.map(\.id) == expected.map(\.0))
        for (id, stages) in expected {
            let model = vocabulary.model(id: id)
            #expect(model?.stages.ids == stages, "\(id)")
            #expect(model?.stages.isOrdered == true, "\(id)")
            for stage in model?.stages.terms ?? [] {
                #expect(stage.sourceReference != nil && !stage.label.isEmpty, "\(id).\(stage.id)")
            }
        }
        #expect(vocabulary.defaultModel?.id == "ipc")
        #expect(vocabulary.models.filter(\.isDefault).count == 1)
    }

    @Test func ipcStagesCarryTheActivitiesOf004AndThePurchasingCycle() throws {
        let ipc = try #require(vocabulary.defaultModel)
        for stage in ipc.stages.terms {
            #expect(stage.activities.count >= 3, "\(stage.id)")
            #expect(stage.activities.allSatisfy { $0.source.hasPrefix("004_") }, "\(stage.id)")
        }
        #expect(vocabulary.purchasingCycle.count == 8)
        #expect(vocabulary.purchasingCycle.allSatisfy { $0.source.hasPrefix("004_") })
    }

    @Test func marketSituationsAndLevelsCarryTheirExtraData() throws {
        for term in try #require(vocabulary.list("market-situation")).terms {
            #expect((term.text("x-commissioner-role")?.count ?? 0) > 20, "\(term.id)")
            #expect((term.text("x-engagement-type")?.count ?? 0) > 20, "\(term.id)")
        }
        let tasks = try #require(vocabulary.list("commissioning-level")).terms.map(\.activities.count)
        #expect(tasks == [7, 5, 12], "the tasks of 002 Appendix A")
    }

    /// The three conditions, and Table 2.1 as the seed gives it: two lists, in its order.
    @Test func rationaleConditionsAndTable21() {
        #expect(vocabulary.rationaleConditions.map(\.key) == ["market", "need-for-change", "managed-change"])
        let table = vocabulary.commissioningAlternatives
        #expect(table.source == "001_b648799edb4670db.txt:50-54")
        #expect(table.notAToolFor.map(\.text) == ["Internal service planning", "Internal re-organisation within a service",
                                                  "Improving the quality of care in a particular care pathway", "Improving market position"])
        #expect(table.insteadTry.map(\.text) == ["Business planning", "Functional analysis", "Change management",
                                                 "Care pathway analysis and design", "Market analysis and strategy"])
    }

    /// Generic tools complete the seven areas under `integration:` from these properties.
    @Test func selfAssessmentOffersExactlyTheMatrixAreas() throws {
        let vocabularyFile = try #require(SchemaDocuments.documents[VocabularyNames.file])
        let properties = try #require(vocabularyFile["$defs"]?[VocabularyNames.matrixSelfAssessment]?["properties"]?.objectValue)
        #expect(properties.keys == vocabulary.matrix.areas.ids)
        #expect(vocabularyFile["$defs"]?[VocabularyNames.matrixSelfAssessment]?["additionalProperties"] == .bool(false))
    }

    /// The framework schema makes `cycle:` take the stage ids of the model it names (or of the default).
    @Test func frameworkCycleFollowsTheModel() throws {
        let framework = try #require(vocabulary.kind(id: "commissioning-framework"))
        let schema = try #require(SchemaDocuments.documents[framework.schemaFile])
        let conditions = try #require(schema["allOf"]?.arrayValue)
        for model in vocabulary.models {
            let rule = conditions.first { condition in
                var found = false
                walkSchemaObjects(condition["if"] ?? .null) { object, _ in if object["const"] == .string(model.id) { found = true } }
                return found
            }
            let target = rule?["then"]?["properties"]?["cycle"]?["propertyNames"]?["$ref"]?.stringValue
            #expect(target == "\(VocabularyNames.file)#/$defs/\(model.stages.name)", "\(model.id)")
        }
        #expect(conditions.count == vocabulary.models.count)
    }
}
