#!/usr/bin/env python3
"""Seeded generator of realistic commissioning documents for the benchmarks (stdlib only).

Every document looks like the ones in Schemas/examples — the same sections, the same kind of
prose, money, dates, vocabulary, and the £ ’ – and the odd emoji real documents contain — grown
to a target number of lines by adding list items: stakeholders, evidence, gaps, future services,
hypotheses, forecasts, cycle activities, timetable entries and so on. They are valid against the
schemas and lint mostly clean (a hypothesis set of more than eight hypotheses draws the one
`hypothesis/count` warning; the matrix rules may add an info).

Each group of four documents (strategy, hypotheses, market position statement, framework) lives
in its own folder and refers to its own members only, so references resolve.

    python3 Benchmarks/generate.py [--out Benchmarks/out] [--seed 8]

writes
    OUT/sizes/L{100,1000,10000,100000}/bench.{strategy,hypotheses,mps,framework}.yaml
    OUT/corpus/group-NNN/*.yaml        at least 200 documents, about 10 MB
    OUT/memory/group-NNN/*.yaml        1,000 documents of about 500 lines
The same seed gives the same bytes on every machine.
"""

import argparse
import os
import random
import sys

SIZES = (100, 1000, 10000)
# Made last, from a generator of their own, so that the other documents stay as they were.
LARGE_SIZE = 100000
KINDS = ("strategy", "hypotheses", "mps", "framework")

# MARK: Phrase pools (free of ': ' and ' #', so every line is a plain YAML scalar)

COUNCILS = ["Northshire", "Southvale", "Eastmoor", "Westbridge", "Kingsford", "Ashdown", "Brackenfield",
            "Coldwater", "Dunmere", "Fenwick", "Greyhaven", "Hollinsby", "Ivybridge", "Juniper Vale", "Larkmoor"]
LOCALITIES = ["the rural north", "the market towns", "the coastal strip", "the city centre", "the eastern estates",
              "the valley villages", "the western suburbs", "the new town", "the former mining villages"]
POPULATIONS = [
    ("older people", "Older people with chronic health problems"),
    ("carers", "Carers of adults who need care and support"),
    ("people with dementia", "People living with dementia and their families"),
    ("disabled adults", "Adults with a learning disability"),
    ("children with SEND", "Children and young people with special educational needs"),
    ("people with mental health needs", "Adults with long-term mental health needs"),
]
SERVICES = ["reablement", "home care", "extra care housing", "day opportunities", "carers’ breaks",
            "community nursing", "falls prevention", "intermediate care beds", "supported living",
            "shared lives", "telecare", "advocacy", "community mental health support", "short breaks",
            "crisis response", "hospital discharge support", "befriending", "dementia cafés"]
EFFECTS = ["reduce emergency admissions", "reduce demand for residential care", "shorten stays in hospital",
           "improve carers’ quality of life", "keep more people at home after 91 days",
           "cut the time from referral to first visit", "reduce repeat falls", "improve people’s reported wellbeing",
           "release savings across the system", "reduce delayed discharges"]
MEASURES = ["Hours of home care a week bought by the council", "People aged 85 and over", "Packages starting within a week",
            "Share of hours bought by self-funders", "Carers known to the council", "Direct payment recipients",
            "Care home beds with nursing", "Reablement episodes a year", "People waiting for an assessment"]
SOURCES = ["Office for National Statistics projections", "Hospital episode statistics, 2024–25",
           "Adult social care outcomes framework, 2024–25", "Carers’ survey, 2025", "Locality workshops, 2025",
           "Provider returns, quarter 3 2025–26", "GP practice registers, 2025", "Joint strategic needs assessment"]
GROUPS = ["la-commissioners", "nhs-commissioners", "la-providers", "nhs-providers", "service-users", "carers",
          "public", "politicians", "voluntary-private-bodies", "professionals"]
COMMITMENTS = ["agree-reason", "contribute-analysis", "agree-changes", "commit-implementation"]
LEVERS = ["contracts", "framework-contracts", "grants", "information-and-advice", "user-representation",
          "brokerage", "service-level-agreements"]
AREAS = ["purpose-and-strategy", "needs-and-market-intelligence", "stakeholder-engagement",
         "resource-allocation-and-management", "market-management-and-monitoring", "contracting",
         "commissioning-function"]
LEVELS = ["separate", "parallel", "joint", "integrated"]
EMOJI = ["😊", "👍", "🏠", "❤️", "🚑"]


class Writer:
    """Builds one document as lines, with the small vocabulary of sentences it needs."""

    def __init__(self, rng, council):
        self.rng = rng
        self.council = council

    def pick(self, items):
        return self.rng.choice(items)

    def money(self):
        return self.pick(["£%dk" % self.rng.randrange(50, 950, 10), "£%d.%dm" % (self.rng.randrange(1, 9), self.rng.randrange(1, 9)),
                          "£%dm" % self.rng.randrange(1, 20), "£%d,000" % self.rng.randrange(20, 900), "£1/4m"])

    def sentence(self):
        s = self.pick([
            "People in %s wait longest for %s, and carers say help comes only after a crisis." % (self.pick(LOCALITIES), self.pick(SERVICES)),
            "Spending on %s rose by %d%% over three years while the number of people helped fell." % (self.pick(SERVICES), self.rng.randrange(3, 30)),
            "The council’s %s team and the NHS trust run separate waiting lists for %s." % (self.pick(["brokerage", "assessment", "review"]), self.pick(SERVICES)),
            "Providers report staff turnover of around %d%% a year, highest in %s." % (self.rng.randrange(15, 45), self.pick(LOCALITIES)),
            "About %s a year is spent on %s, most of it on long-term packages." % (self.money(), self.pick(SERVICES)),
            "Demand for %s is projected to grow by %d%% by 2035 as the population ages." % (self.pick(SERVICES), self.rng.randrange(8, 40)),
            "Users rated %s %d.%d out of 5 in the 2024–25 survey." % (self.pick(SERVICES), self.rng.randrange(2, 5), self.rng.randrange(0, 9)),
        ])
        if self.rng.random() < 0.04:
            s = s[:-1] + " " + self.pick(EMOJI) + "."
        return s

    def prose(self, indent, sentences):
        """A folded block scalar of a few sentences, wrapped near 90 columns."""
        words = " ".join(self.sentence() for _ in range(sentences)).split(" ")
        lines, line = [], ""
        for word in words:
            if line and len(line) + 1 + len(word) > 88 - indent:
                lines.append(" " * indent + line)
                line = word
            else:
                line = word if not line else line + " " + word
        lines.append(" " * indent + line)
        return [">-"] + lines

    def header(self, kind, title, population, period=True):
        lines = ["# %s — generated for the commissioning-ls benchmarks." % title,
                 "kind: %s" % kind, "title: %s" % title, "population: %s" % population,
                 "partners:", "  - name: %s County Council" % self.council, "    type: local-authority",
                 "  - name: %s Integrated Care Board" % self.council, "    type: nhs"]
        if period:
            lines += ["approach: joint", "period: {from: 2026-04-01, to: 2029-03-31}"]
        lines += ["status: agreed", "owner: %s Joint Commissioning Board" % self.council]
        return lines

    def line(self, key, indent):
        """`key: sentence` on one line."""
        return [" " * indent + key + ": " + self.sentence()]

    def keyed(self, key, indent, sentences):
        """`key: >-` with prose below, as lines."""
        block = self.prose(indent + 2, sentences)
        return [" " * indent + key + ": " + block[0]] + block[1:]


class Document:
    """A document as fixed sections and growable lists; `grow` adds list items round-robin."""

    def __init__(self):
        self.parts = []  # each: ("fixed", lines) or ("list", head lines, item factory, items)
        self.lines = 0

    def fixed(self, lines):
        self.parts.append(("fixed", list(lines)))
        self.lines += len(lines)

    def growable(self, head, factory, initial=1):
        items = [factory(i) for i in range(initial)]
        self.parts.append(("list", head, factory, items))
        self.lines += len(head) + sum(len(item) for item in items)

    def grow(self, target):
        lists = [p for p in self.parts if p[0] == "list"]
        turn = 0
        while lists and self.lines < target:
            part = lists[turn % len(lists)]
            item = part[2](len(part[3]))
            part[3].append(item)
            self.lines += len(item)
            turn += 1

    def text(self):
        lines = []
        for part in self.parts:
            if part[0] == "fixed":
                lines += part[1]
            else:
                lines += part[1]
                for item in part[3]:
                    lines += item
        return "\n".join(lines) + "\n"


# MARK: The four kinds

def hypotheses_doc(w, target, population):
    d = Document()
    d.fixed(w.header("hypothesis-set", "%s — hypotheses" % population, population, period=False))
    d.fixed(["aims:", "  - To reduce the number of people who need acute hospital and residential care.",
             "  - To improve the capacity of community services to support people in their own home."])

    def hypothesis(i):
        service = w.pick(SERVICES)
        status = w.pick(["untested", "untested", "untested", "supported", "refuted", "inconclusive"])
        opening = w.pick(["Investing %s more in %s" % (w.money(), service),
                          "Redistributing %s from acute care into %s" % (w.money(), service),
                          "Moving %s into locality teams" % service,
                          "Offering %s in %s" % (service, w.pick(LOCALITIES))])
        lines = ["  - id: H%d" % (i + 1),
                 "    statement: >-",
                 "      %s will %s" % (opening, w.pick(EFFECTS)),
                 "      and %s." % w.pick(EFFECTS),
                 "    test: >-",
                 "      Compare %s in the pilot localities with the rest of the county over %d months," % (w.pick(MEASURES).lower(), w.rng.randrange(6, 24)),
                 "      using %s." % w.pick(SOURCES).lower(),
                 "    proposed-by: [%s]" % ", ".join(w.rng.sample(GROUPS, 2)),
                 "    status: %s" % status]
        if status != "untested":
            lines += ["    finding: %s" % w.sentence()]
        return lines

    d.growable(["hypotheses:"], hypothesis, initial=6)
    d.grow(target)
    return d.text()


def strategy_doc(w, target, population, hypothesis_count):
    d = Document()
    d.fixed(w.header("commissioning-strategy", "Living well — %s in %s" % (population.lower(), w.council), population))
    d.fixed(["", "rationale:"] + w.keyed("market", 2, 1) + w.line("need-for-change", 2) + w.line("managed-change", 2))
    purposes = ["better-outcomes", "needs-match", "efficiency"]
    d.growable(["", "aims:"], lambda i: [
        "  - statement: To %s for %s in %s." % (w.pick(EFFECTS), population.lower(), w.pick(LOCALITIES)),
        "    purpose: %s" % purposes[i % 3]], initial=3)
    d.fixed(["", "development:"] + w.keyed("summary", 2, 1))
    d.growable(["  stakeholders:"], lambda i: [
        "    - group: %s" % GROUPS[(i + 4) % len(GROUPS)],
        "      commitment: %s" % w.pick(COMMITMENTS),
        "      how: %s" % w.pick(["Locality workshops in %s." % w.pick(LOCALITIES), "The carers’ survey and forum.",
                                  "Provider event on %s." % w.pick(SERVICES), "Members of the joint commissioning team."])],
        initial=3)
    d.growable(["", "policy-context:"], lambda i: ["  - %s" % w.sentence()])
    d.growable(["", "guidance-and-research:"], lambda i: ["  - NICE guidance and research on %s." % w.pick(SERVICES)])
    d.fixed(["", "needs-assessment:"] + w.keyed("summary", 2, 1) + w.line("user-views", 2) + w.line("staff-views", 2))
    d.growable(["  evidence:"], lambda i: [
        "    - type: %s" % ["need", "performance", "experience"][i % 3],
        "      finding: %s" % w.sentence(),
        "      source: %s" % w.pick(SOURCES)], initial=2)
    d.fixed([""] + w.keyed("current-services", 0, 2))
    d.growable(["", "gaps:"], lambda i: [
        "  - description: Not enough %s in %s." % (w.pick(SERVICES), w.pick(LOCALITIES)),
        "    action: %s" % w.pick(["increase", "reduce", "redevelop"]),
        "    evidence: [%s]" % ", ".join(sorted(set(w.pick(["need", "performance", "experience"]) for _ in range(2))))], initial=2)
    total = [0]

    def future(i):
        thousands = w.rng.randrange(50, 2000, 10)
        total[0] += thousands
        lines = ["  - service: %s in %s" % (w.pick(SERVICES).capitalize(), w.pick(LOCALITIES)),
                 "    change: %s" % w.pick(["new", "increase", "maintain", "reduce"]),
                 "    investment: £%dk" % thousands]
        if i % 2 == 0:
            lines.append("    hypotheses: [H%d]" % (1 + i % hypothesis_count))
        return lines

    d.growable(["", "future-services:"], future, initial=2)
    d.fixed([""] + w.keyed("procurement", 0, 1))
    d.fixed(["", "monitoring:"] + w.keyed("arrangements", 2, 1) + ["  review-date: 2028-10-01"])
    d.growable(["  indicators:"], lambda i: ["    - %s per 1,000 population." % w.pick(MEASURES)])
    d.fixed(["", "levers:"] + ["  - %s" % lever for lever in LEVERS[:5]])
    resources_index = len(d.parts)
    d.fixed([])  # resources: filled in once the investments are known
    d.fixed(["", "hypotheses: bench.hypotheses.yaml"])
    d.grow(target)
    d.parts[resources_index] = ("fixed", ["", "resources:", "  total: £%dm" % (total[0] // 1000 + 1),
                                          "  summary: The pooled budget under a section 75 agreement over the three years."])
    return d.text()


def mps_doc(w, target, population):
    d = Document()
    d.fixed(w.header("market-position-statement", "%s in %s — market position statement" % (w.pick(SERVICES).capitalize(), w.council), population))
    d.fixed(["", "market: Care and support for %s in %s" % (population.lower(), w.council),
             "market-situation: personal-budgets-self-funders", ""] + w.keyed("direction", 0, 2))
    d.fixed(["", "demand:"] + w.keyed("summary", 2, 2))
    d.growable(["  forecasts:"], lambda i: [
        "    - measure: %s" % w.pick(MEASURES),
        "      current: %d" % w.rng.randrange(1000, 30000),
        "      projected: %d" % w.rng.randrange(1000, 40000),
        "      year: %d" % w.rng.randrange(2027, 2035)])
    d.growable(["  pressure-points:"], lambda i: ["    - %s" % w.sentence()])
    d.fixed(["", "supply:"] + w.keyed("summary", 2, 1))
    d.growable(["  strengths:"], lambda i: ["    - Providers of %s in %s are rated good by the regulator." % (w.pick(SERVICES), w.pick(LOCALITIES))])
    d.growable(["  weaknesses:"], lambda i: ["    - %s" % w.sentence()])
    d.growable(["", "models-of-practice:"], lambda i: ["  - Outcome-focused %s, planned with the person and reviewed after six weeks." % w.pick(SERVICES)])
    d.fixed(["", "resourcing:"] + w.keyed("summary", 2, 2) + ["  amount: £18m"])
    d.fixed(["", "support:"] + w.keyed("choice", 2, 1) + w.keyed("innovation", 2, 1) + w.keyed("development", 2, 1))
    d.grow(target)
    return d.text()


def framework_doc(w, target, population, sibling_titles):
    d = Document()
    d.fixed(w.header("commissioning-framework", "%s joint commissioning framework" % w.council, population))
    d.fixed(["", "definitions:"] + w.line("commissioning", 2) + w.line("procurement", 2)
            + w.line("purchasing", 2) + w.line("contracting", 2))
    d.growable(["", "principles:"], lambda i: ["  - Decisions about %s are open and based on evidence of need, performance and experience." % w.pick(SERVICES)])
    d.fixed(["", "model: ipc", "cycle:"])
    for stage, verb in (("analyse", "Map"), ("plan", "Design"), ("do", "Buy"), ("review", "Review")):
        # Equal growth per stage keeps cycle/unbalanced quiet, as 004 asks.
        d.growable(["  %s:" % stage], lambda i, verb=verb: ["    - %s %s across agencies in %s." % (verb, w.pick(SERVICES), w.pick(LOCALITIES))])
    d.growable(["", "roles:"], lambda i: [
        "  - who: %s team" % w.pick(SERVICES).capitalize(),
        "    does: Commissions %s and manages the market in %s." % (w.pick(SERVICES), w.pick(LOCALITIES))])

    def document(i):
        if i < len(sibling_titles):
            title, path = sibling_titles[i]
            return ["  - title: %s" % title, "    relates-to: Made under this framework.", "    path: %s" % path]
        return ["  - title: Review of %s" % w.pick(SERVICES), "    relates-to: %s" % w.sentence()]

    d.growable(["", "documents:"], document, initial=len(sibling_titles))
    d.fixed(["", "involvement:"] + w.line("service-users", 2) + w.line("carers", 2)
            + w.line("public", 2) + w.line("providers", 2))
    d.growable(["", "legislation-and-policy:"], lambda i: ["  - %s" % w.pick(["Care Act 2014", "Health and Social Care Act 2022",
                                                                             "Children and Families Act 2014", "Mental Capacity Act 2005"])])
    d.growable(["", "timetable:"], lambda i: [
        "  - when: 20%d-%02d" % (w.rng.randrange(26, 29), w.rng.randrange(4, 13)),
        "    activity: %s" % w.sentence()])
    integration = ["", "integration:"]
    for area in AREAS:
        integration += ["  %s:" % area, "    current: joint"] + w.line("evidence", 4)
    d.fixed(integration)
    d.grow(target)
    return d.text()


# MARK: Groups and corpora

def group(rng, target_lines, folder):
    """Writes one group of four documents of about `target_lines` lines each; returns their paths."""
    w = Writer(rng, rng.choice(COUNCILS))
    _, population = rng.choice(POPULATIONS)
    os.makedirs(folder, exist_ok=True)
    hypotheses = hypotheses_doc(w, target_lines, population)
    count = hypotheses.count("\n  - id: H")
    texts = {
        "hypotheses": hypotheses,
        "strategy": strategy_doc(w, target_lines, population, min(count, 8)),
        "mps": mps_doc(w, target_lines, population),
    }
    siblings = [("The strategy", "bench.strategy.yaml"), ("Its hypotheses", "bench.hypotheses.yaml"),
                ("The market position statement", "bench.mps.yaml")]
    texts["framework"] = framework_doc(w, target_lines, population, siblings)
    paths = []
    for kind in KINDS:
        path = os.path.join(folder, "bench.%s.yaml" % kind)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(texts[kind])
        paths.append(path)
    return paths


def generate(out, seed):
    rng = random.Random(seed)
    made = {"sizes": {}, "corpus": [], "memory": []}
    for size in SIZES:
        made["sizes"][size] = group(rng, size, os.path.join(out, "sizes", "L%d" % size))
    # The corpus: 52 groups, sizes drawn to total about 10 MB.
    for index in range(52):
        target = rng.choice([150, 300, 600, 900, 1200, 1800])
        made["corpus"] += group(rng, target, os.path.join(out, "corpus", "group-%03d" % index))
    for index in range(250):
        made["memory"] += group(rng, 500, os.path.join(out, "memory", "group-%03d" % index))
    made["sizes"][LARGE_SIZE] = group(random.Random(seed + LARGE_SIZE), LARGE_SIZE, os.path.join(out, "sizes", "L%d" % LARGE_SIZE))
    return made


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    made = generate(args.out, args.seed)
    corpus_bytes = sum(os.path.getsize(p) for p in made["corpus"])
    print("generated %d sized documents, a corpus of %d documents (%.1f MB), %d documents for the memory test"
          % (sum(len(v) for v in made["sizes"].values()), len(made["corpus"]), corpus_bytes / 1e6, len(made["memory"])),
          file=sys.stderr)


if __name__ == "__main__":
    main()
