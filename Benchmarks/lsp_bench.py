#!/usr/bin/env python3
"""Times a language server the way an editor experiences it, over pipes (stdlib only).

    python3 Benchmarks/lsp_bench.py --server ours|yaml-ls --binary PATH --out Benchmarks/out [--quick]

Measures, with the same client and the same documents for every server:
  start-up      spawn → `initialize` response (repeated, fresh process each time)
  open          `didOpen` → first `publishDiagnostics` for the document
  edit          one-character `didChange` (insert, then delete, alternately) → next `publishDiagnostics`
  hover/completion at fixed places (a key and a vocabulary value nearest the middle of the document)
  memory        VmRSS of the server process idle, and with 1,000 open 500-line documents
Results are written as JSON to OUT/results/lsp-SERVER.json for `report.py`.
"""

import argparse
import json
import os
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import LSPClient, Timeout, utf16_length  # noqa: E402

KINDS = ("strategy", "hypotheses", "mps", "framework")
# 100,000 lines for our server only: yaml-language-server takes many seconds per edit there.
SIZES = (100, 1000, 10000, 100000)
PEER_SIZES = (100, 1000, 10000)
VOCABULARY_KEYS = ("type", "action", "change", "status", "group", "commitment", "purpose", "current", "market-situation", "model")


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(p / 100.0 * (len(ordered) - 1)))))
    return ordered[index]


def summary(values_ms):
    return {"n": len(values_ms), "p50": percentile(values_ms, 50), "p90": percentile(values_ms, 90),
            "p99": percentile(values_ms, 99), "min": min(values_ms) if values_ms else None,
            "mean": statistics.fmean(values_ms) if values_ms else None}


def ms(start_ns, end_ns):
    return (end_ns - start_ns) / 1e6


# MARK: Fixed places in a document

def nearest_middle(lines, pattern):
    middle = len(lines) // 2
    for distance in range(len(lines)):
        for index in (middle - distance, middle + distance):
            if 0 <= index < len(lines) and pattern.match(lines[index]):
                return index
    return None


PROSE = re.compile(r"^\s*(- )?([a-z-]+: )?[A-Z][^:#]*[a-z]\.$")
KEY = re.compile(r"^(\s*)(- )?([a-z][a-z-]*):( |$)")
VOCABULARY_VALUE = re.compile(r"^(\s*)(- )?(%s): ([a-z][a-z-]*)$" % "|".join(VOCABULARY_KEYS))


def places(text):
    lines = text.split("\n")
    edit_line = nearest_middle(lines, PROSE)
    edit = {"line": edit_line, "character": utf16_length(lines[edit_line]) - 1}  # before the final full stop
    key_line = nearest_middle(lines, KEY)
    key_match = KEY.match(lines[key_line])
    key = {"line": key_line, "character": utf16_length(key_match.group(1) + (key_match.group(2) or "")) + 1}
    value_line = nearest_middle(lines, VOCABULARY_VALUE)
    value_match = VOCABULARY_VALUE.match(lines[value_line])
    value_start = utf16_length(lines[value_line][:value_match.start(4)])
    return {"edit": edit, "hover-key": key, "hover-value": {"line": value_line, "character": value_start + 1},
            "completion-value": {"line": value_line, "character": value_start},
            "texts": {"edit": lines[edit_line].strip(), "key": lines[key_line].strip(), "value": lines[value_line].strip()}}


# MARK: Servers

def server_setup(name, args):
    """argv, environment, workspace/configuration answers and the didChangeConfiguration settings."""
    env = dict(os.environ)
    if name == "ours":
        env["COMMISSIONING_LS_TIMING"] = "1"
        return args.wrap.split() + [args.binary, "--stdio"], env, {}, None
    schemas = os.path.join(args.out, "schemas")
    yaml_settings = {
        "validate": True, "hover": True, "completion": True, "format": {"enable": False},
        "schemaStore": {"enable": False}, "customTags": [],
        "schemas": {"file://" + os.path.join(schemas, "%s.schema.json" % kind): "*.%s.yaml" % kind for kind in KINDS},
    }
    configuration = {"yaml": yaml_settings, "http": {"proxy": "", "proxyStrictSSL": False}, "[yaml]": {}, "editor": {}}
    return [args.node, args.yaml_ls, "--stdio"], env, configuration, {"settings": configuration}


def start(name, args, stderr_path):
    argv, env, configuration, settings = server_setup(name, args)
    client = LSPClient(argv, env=env, stderr_path=stderr_path, configuration=configuration)
    _, answered = client.initialize(args.out)
    if settings is not None:
        client.notify("workspace/didChangeConfiguration", settings)
    return client, ms(client.started_ns, answered)


def uri_of(path):
    return "file://" + os.path.abspath(path)


def open_document(client, path, version=1):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    uri = uri_of(path)
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": version, "text": text}})
    return uri, text


# MARK: Measurements

def measure_startup(name, args, log):
    times = []
    for _ in range(args.startups):
        client, startup = start(name, args, log)
        times.append(startup)
        client.shutdown()
    return summary(times)


def check_faulty(client, args):
    """A document with an unknown key and a value outside its vocabulary must draw diagnostics;
    otherwise the server is not really validating and its figures mean nothing."""
    folder = os.path.join(args.out, "faulty")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(args.out, "sizes", "L100", "bench.strategy.yaml"), encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"purpose: [a-z-]+", "purpose: better-outcome", text, count=1)
    text = text.replace("\nprocurement:", "\nprocurment:", 1)
    path = os.path.join(folder, "bench.strategy.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    uri, _ = open_document(client, path, 1)
    message, _ = client.diagnostics(uri, 1)
    found = [d["message"].split("\n")[0][:100] for d in message["params"]["diagnostics"]]
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    client.diagnostics(uri)
    return found


ROUNDS = 4  # edits and requests are spread over rounds through all documents (see below)


def prepare_document(client, path, args, peer):
    """Times opening a document (a fresh open each time, closed in between)."""
    result = {"path": os.path.relpath(path, args.out)}
    with open(path, encoding="utf-8") as f:
        text = f.read()
    result["lines"] = text.count("\n")
    result["bytes"] = len(text.encode("utf-8"))
    where = places(text)
    result["places"] = where["texts"]
    uri = uri_of(path)
    version = 0
    opens = []
    for _ in range(args.opens if not peer else max(3, args.opens // 2)):
        version += 1
        sent = time.perf_counter_ns()
        open_document(client, path, version)
        message, received = client.diagnostics(uri, version)
        opens.append(ms(sent, received))
        client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        client.diagnostics(uri)  # the clearing publish
    result["open"] = summary(opens)
    result["uri"] = uri
    result["open_versions"] = [1, version]
    result["diagnostics"] = len(message["params"]["diagnostics"])
    count = args.edits if not peer else (args.peer_edits if result["lines"] < 5000 else args.peer_edits_large)
    result["edit_versions"] = []
    result["requests_each"] = args.requests if not peer else args.peer_requests
    # What the rounds need, removed before the results are written.
    result["_state"] = {"path": path, "where": where, "version": version, "edits": [], "edits_left": count, "labels": [],
                        "times": {"hover-key": [], "hover-value": [], "completion-value": [], "round-trip": []}, "answers": {}}
    return result


def measure_round(client, result, rounds_left):
    """One round for one document, alone open as in the other rounds: its share of the edits,
    then of each request. (With related documents open, each edit would also re-check them,
    which is another measurement.)"""
    state = result["_state"]
    uri, where = result["uri"], state["where"]
    state["version"] += 1
    open_document(client, state["path"], state["version"])
    client.diagnostics(uri, state["version"])
    # One-character edits: insert 'x' before the full stop, then delete it, alternately (an even
    # number per round, so that each round ends on the original text).
    share = state["edits_left"] // rounds_left
    share -= share % 2
    if rounds_left == 1:
        share = state["edits_left"]
    position = where["edit"]
    message = None
    for index in range(share):
        state["version"] += 1
        if index % 2 == 0:
            change = {"range": {"start": position, "end": position}, "text": "x"}
        else:
            end = {"line": position["line"], "character": position["character"] + 1}
            change = {"range": {"start": position, "end": end}, "text": ""}
        sent = time.perf_counter_ns()
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": state["version"]}, "contentChanges": [change]})
        message, received = client.diagnostics(uri, state["version"])
        state["edits"].append(ms(sent, received))
        result["edit_versions"].append(state["version"])
    state["edits_left"] -= share
    if message is not None:
        result["edit_diagnostics"] = len(message["params"]["diagnostics"])
    each = result["requests_each"] // ROUNDS if rounds_left > 1 else result["requests_each"] - (ROUNDS - 1) * (result["requests_each"] // ROUNDS)
    for label, method, place in (("hover-key", "textDocument/hover", where["hover-key"]),
                                 ("hover-value", "textDocument/hover", where["hover-value"]),
                                 ("completion-value", "textDocument/completion", where["completion-value"]),
                                 ("round-trip", "bench/unknownMethod", None)):
        for _ in range(each):
            params = {"textDocument": {"uri": uri}, "position": place} if place else {}
            sent = time.perf_counter_ns()
            message, received = client.response(client.request(method, params))
            state["times"][label].append(ms(sent, received))
            state["answers"][label] = message.get("result")
            if place:
                state["labels"].append(label)
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    client.diagnostics(uri)


def finish_document(client, result):
    state = result.pop("_state")
    result["edit"] = summary(state["edits"])
    for label, times in state["times"].items():
        result[label] = summary(times)
        if label != "round-trip":
            result[label]["answer"] = describe(state["answers"].get(label))
    result["request_labels"] = state["labels"]
    return result


def describe(answer):
    """What came back, in a few words, to show that the request did something."""
    if answer is None:
        return "null"
    if isinstance(answer, dict) and "contents" in answer:
        contents = answer["contents"]
        value = contents.get("value", "") if isinstance(contents, dict) else str(contents)
        return "hover, %d chars: %s" % (len(value), value.replace("\n", " ")[:60])
    items = answer.get("items", []) if isinstance(answer, dict) else answer
    return "%d items: %s" % (len(items), ", ".join(item.get("label", "?") for item in items[:4]))


def measure_memory(name, args, log):
    client, _ = start(name, args, log)
    time.sleep(1.0)
    client.drain(0.2)
    idle = client.memory()
    folder = os.path.join(args.out, "memory")
    paths = sorted(os.path.join(root, f) for root, _, files in os.walk(folder) for f in files if f.endswith(".yaml"))
    lines = 0
    sent = time.perf_counter_ns()
    pending = set()
    for path in paths:
        uri, text = open_document(client, path, 1)
        lines += text.count("\n")
        pending.add(uri)
        # Read what has arrived so far, so that neither side's pipe fills up.
        try:
            while pending:
                message, _ = client.read(time.monotonic())
                if message.get("method") == "textDocument/publishDiagnostics":
                    pending.discard(message["params"]["uri"])
        except Timeout:
            pass
    while pending:
        message, _ = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", timeout=600)
        pending.discard(message["params"]["uri"])
    done = time.perf_counter_ns()
    time.sleep(1.0)
    client.drain(0.2)
    loaded = client.memory()
    client.shutdown()
    return {"idle_rss_mb": idle[0], "documents": len(paths), "average_lines": lines / max(1, len(paths)),
            "rss_mb": loaded[0], "peak_rss_mb": loaded[1], "all_diagnosed_s": ms(sent, done) / 1000.0}


def server_side_timings(log_path):
    """The server's own measurements (COMMISSIONING_LS_TIMING=1, see ServerTiming.swift): lines
    `[timing] WHAT SUBJECT URI VERSION MICROSECONDS us` on standard error, as
    {uri: {(what, subject): [(version, ms), ...]}} in the order they were written."""
    found = {}
    if not os.path.exists(log_path):
        return found
    pattern = re.compile(r"\[timing\] (\S+) (\S+) (\S+) (\S+) ([0-9.]+) us")
    with open(log_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            match = pattern.search(line)
            if match:
                what, subject, uri, version, micros = match.groups()
                entry = (int(version) if version != "-" else None, float(micros) / 1000.0)
                found.setdefault(uri, {}).setdefault((what, subject), []).append(entry)
    return found


def attribute(document, timings):
    """The server's own timings of one measured document: its edits, its opens, each request."""
    mine = timings.get(document["uri"], {})
    edits = set(document["edit_versions"])
    first_open, last_open = document["open_versions"]
    result = {}
    for name, what in (("edit", "diagnostics"), ("edit-analysis", "analysis")):
        values = [ms for version, ms in mine.get((what, "-"), []) if version in edits]
        if values:
            result[name] = summary(values)
    # How each edit's check read the text (`[timing] parse HOW`): the count of full parses.
    parses = {}
    for (what, how), entries in mine.items():
        if what == "parse":
            parses[how] = sum(1 for version, _ in entries if version in edits)
    if parses:
        result["parse"] = parses
    opens = [ms for version, ms in mine.get(("diagnostics", "-"), []) if first_open <= version <= last_open]
    if opens:
        result["open"] = summary(opens)
    # The server logs requests in the order it answers them, which for one document is the order
    # the client sent them (one at a time): match them with the client's labels in that order.
    by_label = {}
    for method in ("textDocument/hover", "textDocument/completion"):
        labels = [label for label in document["request_labels"] if label.startswith("hover" if "hover" in method else "completion")]
        for label, (_, value) in zip(labels, mine.get(("request", method), [])):
            by_label.setdefault(label, []).append(value)
    for name, values in by_label.items():
        result[name] = summary(values)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", choices=["ours", "yaml-ls"], required=True)
    parser.add_argument("--binary", help="commissioning-ls (release build)")
    parser.add_argument("--node", default="node")
    parser.add_argument("--yaml-ls", help="yaml-language-server's bin/yaml-language-server")
    parser.add_argument("--out", required=True)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, for a trial run")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--sizes", help="document sizes in lines (default: %s; the peer: %s)" % (SIZES, PEER_SIZES))
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--no-startup", action="store_true")
    parser.add_argument("--wrap", default="", help="a command to run our server under, e.g. valgrind --tool=callgrind")
    parser.add_argument("--edits", type=int, help="one-character edits per document (default 200)")
    args = parser.parse_args()
    args.out = os.path.abspath(args.out)
    peer = args.server != "ours"
    args.startups = 5 if args.quick else (10 if peer else 30)
    args.opens = 3 if args.quick else 10
    args.edits = args.edits or (20 if args.quick else 200)
    args.peer_edits = 10 if args.quick else 200
    # yaml-language-server takes about a second per edit of a 10,000-line document: 50 there.
    args.peer_edits_large = 10 if args.quick else 50
    args.requests = 20 if args.quick else 200
    args.peer_requests = 10 if args.quick else 100
    os.makedirs(os.path.join(args.out, "results"), exist_ok=True)
    log = os.path.join(args.out, "results", "lsp-%s.stderr" % args.server)
    if os.path.exists(log):
        os.remove(log)

    results = {"server": args.server, "argv": server_setup(args.server, args)[0]}
    print("[%s] start-up…" % args.server, file=sys.stderr)
    if not args.no_startup:
        results["startup"] = measure_startup(args.server, args, log)
    client, _ = start(args.server, args, log)
    try:
        results["faulty"] = check_faulty(client, args)
        print("[%s] faulty document: %d diagnostics: %s" % (args.server, len(results["faulty"]), results["faulty"][:3]), file=sys.stderr)
        results["validates"] = bool(results["faulty"])
        if not results["faulty"]:
            # Figures of a server that does not validate mean nothing: say so loudly (the report
            # marks them too), but still measure, so that a run shows what exists.
            print("[%s] WARNING: nothing reported on a faulty document: the server is not validating" % args.server, file=sys.stderr)
        results["documents"] = {}
        sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else (PEER_SIZES if peer else SIZES)
        for size in sizes:
            for kind in args.kinds.split(","):
                path = os.path.join(args.out, "sizes", "L%d" % size, "bench.%s.yaml" % kind)
                print("[%s] opening %s…" % (args.server, os.path.relpath(path, args.out)), file=sys.stderr)
                results["documents"]["%s/%d" % (kind, size)] = prepare_document(client, path, args, peer)
        # Edits and requests go round all the documents several times rather than one document
        # at a time, so that a burst of other work on the machine spreads over every size and
        # kind instead of spoiling one of them.
        for round_index in range(ROUNDS):
            print("[%s] edits and requests, round %d of %d…" % (args.server, round_index + 1, ROUNDS), file=sys.stderr)
            for document in results["documents"].values():
                measure_round(client, document, ROUNDS - round_index)
        for document in results["documents"].values():
            finish_document(client, document)
    finally:
        client.shutdown()
    if not args.no_memory:
        print("[%s] 1,000 open documents…" % args.server, file=sys.stderr)
        results["memory"] = measure_memory(args.server, args, os.devnull)

    timings = server_side_timings(log)
    for document in results["documents"].values():
        document["server_side"] = attribute(document, timings)
        del document["request_labels"]
        document["edit_versions"] = [min(document["edit_versions"]), max(document["edit_versions"])]
    with open(os.path.join(args.out, "results", "lsp-%s.json" % args.server), "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
