/// The Python half of ExamplesTests: reads YAML as YAML 1.2 does (PyYAML reads YAML 1.1, so its
/// timestamp and yes/no resolvers are switched off), validates against a bundled schema, and
/// applies the domain rules of SPEC §5.1 that an example must pass. Until our own `lint` exists,
/// this is what keeps the examples honest; vocabulary facts (levels, levers, areas, stages) are
/// read from vocabulary.schema.json, not written here.
enum ExampleChecks {
    /// A YAML loader close to YAML 1.2's core schema: no timestamps, no yes/no booleans.
    static let loader = #"""
import datetime, json, os, re, sys
import yaml

class Yaml12(yaml.SafeLoader):
    pass
Yaml12.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Yaml12.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

"""#

    /// Prints a YAML file's data as JSON.
    static let toJSON = loader + #"""
print(json.dumps(yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=Yaml12), ensure_ascii=False))
"""#

    static let script = loader + #"""
from jsonschema import Draft202012Validator, FormatChecker

MONEY = re.compile(r"^£?\s*(?:(\d+)/(\d+)|(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?)\s*(k|m|bn|thousand|million|billion)?$", re.I)
def money(value):
    if isinstance(value, bool): return None
    if isinstance(value, (int, float)): return float(value) if value >= 0 else None
    m = MONEY.match(str(value).strip())
    if not m: return None
    if m.group(1): amount = int(m.group(1)) / int(m.group(2))
    else: amount = float(m.group(3).replace(",", "") + ("." + m.group(4) if m.group(4) else ""))
    scale = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}.get((m.group(5) or "").lower(), 1)
    if m.group(1) and not m.group(5): return None
    return amount * scale

def is_date(text):
    try: datetime.date.fromisoformat(text); return len(text) == 10
    except (TypeError, ValueError): return False

formats = FormatChecker()
formats.checks("money")(lambda v: money(v) is not None)
formats.checks("year-month")(lambda v: not isinstance(v, str) or re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", v) is not None)
formats.checks("date", raises=())(lambda v: not isinstance(v, str) or is_date(v))

vocabulary = json.load(open(sys.argv[1], encoding="utf-8"))["$defs"]
def ids(name): return [t["const"] for t in vocabulary[name]["oneOf"]]
def term(name, id): return next((t for t in vocabulary[name]["oneOf"] if t["const"] == id), {})
LEVELS = ids("integration-level")
AREAS = ids("matrix-area")

def rules(kind, doc, path, schema):
    out = []
    def fire(rule, where): out.append(f"{rule} at {where}")
    period = doc.get("period") or {}
    start, end = period.get("from"), period.get("to")
    if start and end and is_date(start) and is_date(end) and end < start: fire("period/reversed", "period")
    def inside(when, where):
        if not (start and end and isinstance(when, str)): return
        first, last = (when, when) if len(when) == 10 else (when + "-01", when + "-31")
        if last < start or first > end: fire("timetable/outside-period", where)
    def exists(relative, where):
        if not isinstance(relative, str): return
        target = os.path.normpath(os.path.join(os.path.dirname(path), relative))
        if not target.startswith(os.path.dirname(path)): fire("reference/outside-workspace", where)
        elif not os.path.exists(target): fire("reference/unresolved", where)
    def matrix(assessment):
        for area in AREAS:
            a = (assessment or {}).get(area)
            if a is None: fire("matrix/area-missing", area); continue
            if not a.get("evidence"): fire("matrix/no-evidence", area)
            if a.get("target") in LEVELS and a.get("current") in LEVELS and LEVELS.index(a["target"]) < LEVELS.index(a["current"]):
                fire("matrix/target-below-current", area)
        currents = [LEVELS.index(a["current"]) for a in (assessment or {}).values() if isinstance(a, dict) and a.get("current") in LEVELS]
        if doc.get("approach") in LEVELS and currents:
            far = [c for c in currents if abs(c - LEVELS.index(doc["approach"])) > 1]
            if len(far) * 2 > len(currents): fire("matrix/approach-mismatch", "approach")
    if kind == "hypothesis-set":
        hs = doc.get("hypotheses") or []
        if not 5 <= len(hs) <= 8: fire("hypothesis/count", "hypotheses")
        seen = set()
        for i, h in enumerate(hs):
            if h.get("id") in seen: fire("hypothesis/duplicate-id", i)
            seen.add(h.get("id"))
            if re.match(r"^\s*(to\s|we\s+will\b|aim\s*:|objective\s*:|plan\s*:)", str(h.get("statement", "")), re.I): fire("hypothesis/phrased-as-aim", i)
            if not h.get("test"): fire("hypothesis/no-test", i)
            if h.get("status", "untested") != "untested" and not h.get("finding"): fire("hypothesis/finding-missing", i)
    if kind == "commissioning-strategy":
        for key in [p for p in vocabulary["rationale"]["properties"]]:
            value = (doc.get("rationale") or {}).get(key)
            if value in (None, False, "") or str(value).strip().lower() in ("no", "false"): fire("strategy/rationale", key)
        for i, aim in enumerate(doc.get("aims") or []):
            if aim.get("purpose") not in ids("aim-purpose"): fire("strategy/aim-purpose", i)
        groups = [s.get("group") for s in (doc.get("development") or {}).get("stakeholders") or []]
        if not {"service-users", "carers"} & set(groups) or not (doc.get("needs-assessment") or {}).get("user-views"): fire("strategy/no-user-voice", "development")
        for i, gap in enumerate(doc.get("gaps") or []):
            if not gap.get("evidence"): fire("strategy/unsupported-gap", i)
        total = money((doc.get("resources") or {}).get("total"))
        spent = sum(money(s["investment"]) or 0 for s in doc.get("future-services") or [] if "investment" in s)
        if total is not None and spent > total: fire("strategy/overcommitted", "future-services")
        for lever in doc.get("levers") or []:
            if term("lever", lever).get("x-available") is False: fire("lever/not-available", lever)
        review = (doc.get("monitoring") or {}).get("review-date")
        inside(review, "monitoring.review-date")
        exists(doc.get("hypotheses"), "hypotheses")
        if "integration" in doc: matrix(doc["integration"])
    if kind == "market-position-statement":
        supply = doc.get("supply") or {}
        if bool(supply.get("strengths")) != bool(supply.get("weaknesses")): fire("mps/one-sided-supply", "supply")
    if kind == "commissioning-framework":
        involvement = doc.get("involvement") or {}
        for group in schema["properties"]["involvement"]["properties"]:
            if not involvement.get(group): fire("framework/involvement", group)
        model = term("commissioning-model", doc.get("model") or next(t["const"] for t in vocabulary["commissioning-model"]["oneOf"] if t.get("x-default")))
        stages = ids(model["x-stage-vocabulary"])
        counts = [len((doc.get("cycle") or {}).get(s) or []) for s in stages]
        for s, c in zip(stages, counts):
            if c == 0: fire("cycle/stage-missing", s)
        if counts and min(counts) * 3 < max(counts): fire("cycle/unbalanced", "cycle")
        for i, entry in enumerate(doc.get("timetable") or []): inside(entry.get("when"), f"timetable[{i}]")
        for i, d in enumerate(doc.get("documents") or []): exists(d.get("path"), f"documents[{i}]")
        matrix(doc.get("integration"))
    return out

failed = 0
args = sys.argv[2:]
for kind, schema_path, path in zip(args[0::3], args[1::3], args[2::3]):
    doc = yaml.load(open(path, encoding="utf-8"), Loader=Yaml12)
    schema = json.load(open(schema_path, encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=formats)
    problems = [f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in validator.iter_errors(doc)]
    if doc.get("kind") != kind: problems.append("kind/mismatch")
    problems += rules(kind, doc, path, schema)
    if problems:
        failed += 1
        print("NOT CLEAN", path, *problems, sep="\n  ")
    else:
        print("clean", path)
sys.exit(1 if failed else 0)
"""#
}
