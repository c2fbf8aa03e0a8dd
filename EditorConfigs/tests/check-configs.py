"""Static checks of every editor configuration in EditorConfigs (run by .ci/run; exit 1 on failure).

- Each editor's files start the real server (`commissioning-ls` with `--stdio`) and name the
  four kinds' file suffixes — as the schemas define them (`x-file-suffixes` in Schemas/), so a
  suffix added there and forgotten here fails.
- Every JSON file (and .sublime-settings) parses as strict JSON, every TOML file as TOML, the
  Kate syntax as XML and the Sublime grammar as a property list.
- The pieces of each configuration agree with each other: language id, scope names, grammar and
  query paths, server names.
- The TextMate grammar (VS Code; the Sublime plist is the same grammar) colours a sample as
  intended: run through a small TextMate-style tokenizer below, with Python's `re` standing in
  for Oniguruma (the grammar keeps to what both read alike).

Usage: python3 check-configs.py REPO
"""
import glob
import json
import os
import plistlib
import re
import sys
import xml.etree.ElementTree as ElementTree

try:
    import tomllib
except ImportError:  # Python before 3.11
    sys.exit("check-configs: Python 3.11 or later is needed (tomllib)")

REPO = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
CONFIGS = os.path.join(REPO, "EditorConfigs")
LANGUAGE_ID = "commissioning"
SCOPE = "source.commissioning"

passed, failures = 0, []


def check(condition, what):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(what)


def read(relative):
    with open(os.path.join(CONFIGS, relative), encoding="utf-8") as file:
        return file.read()


def schema_suffixes():
    suffixes = []
    for path in sorted(glob.glob(os.path.join(REPO, "Schemas", "*.schema.json"))):
        with open(path, encoding="utf-8") as file:
            suffixes += json.load(file).get("x-file-suffixes", [])
    return suffixes


SUFFIXES = schema_suffixes()
check(len(SUFFIXES) == 8 and all(s.startswith(".") for s in SUFFIXES),
      f"the schemas define the 4 kinds' suffixes with .yaml and .yml: {SUFFIXES}")

# Which files make up each editor's configuration (every one must exist).
EDITORS = {
    "neovim": ["neovim/commissioning.lua"],
    "emacs": ["emacs/commissioning-mode.el"],
    "helix": ["helix/languages.toml"],
    "zed": ["zed/settings.json", "zed/extension/extension.toml", "zed/extension/src/lib.rs",
            "zed/extension/languages/commissioning/config.toml"],
    "sublime": ["sublime/LSP.sublime-settings", "sublime/Commissioning.tmLanguage"],
    "kate": ["kate/settings.json", "kate/commissioning.xml"],
    "vscode": ["vscode/package.json", "vscode/extension.js"],
}
COMMAND = re.compile(r"commissioning-ls\b")
ARGUMENT = re.compile(r"""["'\s(]--stdio["'\s)]|["']serve["']""")

for editor, files in EDITORS.items():
    texts = []
    for relative in files:
        exists = os.path.isfile(os.path.join(CONFIGS, relative))
        check(exists, f"{editor}: {relative} exists")
        texts.append(read(relative) if exists else "")
    text = "\n".join(texts)
    check(COMMAND.search(text) and ARGUMENT.search(text), f"{editor}: starts `commissioning-ls --stdio` (or serve)")
    for suffix in SUFFIXES:
        # With its dot (".mps.yaml", "*.mps.yaml") or, where a list of suffixes has none, alone ("mps.yaml").
        alone = re.compile(r"""[>"'\s]""" + re.escape(suffix[1:]) + r"""[<"'\s]""")
        check(suffix in text or alone.search(text), f"{editor}: names the suffix {suffix}")

# Strict JSON everywhere (Sublime and Zed accept comments, but these files have none).
for path in sorted(glob.glob(os.path.join(CONFIGS, "**", "*.json"), recursive=True)
                   + glob.glob(os.path.join(CONFIGS, "**", "*.sublime-settings"), recursive=True)):
    try:
        with open(path, encoding="utf-8") as file:
            json.load(file)
        check(True, path)
    except ValueError as error:
        check(False, f"{os.path.relpath(path, CONFIGS)} is not valid JSON: {error}")


for path in sorted(glob.glob(os.path.join(CONFIGS, "**", "*.toml"), recursive=True)):
    try:
        with open(path, "rb") as file:
            tomllib.load(file)
        check(True, path)
    except tomllib.TOMLDecodeError as error:
        check(False, f"{os.path.relpath(path, CONFIGS)} is not valid TOML: {error}")


def load_json(relative):
    with open(os.path.join(CONFIGS, relative), encoding="utf-8") as file:
        return json.load(file)


def load_toml(relative):
    try:
        return tomllib.loads(read(relative))
    except (tomllib.TOMLDecodeError, OSError) as error:
        check(False, f"{relative} is not valid TOML: {error}")
        return {}


# Helix
helix = load_toml("helix/languages.toml")
language = next((entry for entry in helix.get("language", []) if entry.get("name") == LANGUAGE_ID), {})
server = helix.get("language-server", {}).get("commissioning-ls", {})
check(server.get("command") == "commissioning-ls" and server.get("args") == ["--stdio"], "helix: server command")
check(language.get("language-servers") == ["commissioning-ls"], "helix: the language uses the server")
check(sorted(entry.get("glob", "") for entry in language.get("file-types", [])) == sorted("*" + s for s in SUFFIXES),
      "helix: file-types are exactly the suffixes' globs")
check(language.get("language-id") == LANGUAGE_ID and language.get("grammar") == "yaml", "helix: language id and grammar")
for query in ("highlights", "indents", "injections", "textobjects"):
    path = os.path.join(CONFIGS, "helix", "runtime", "queries", LANGUAGE_ID, query + ".scm")
    check(os.path.isfile(path) and read(path).strip() == "; inherits: yaml", f"helix: {query}.scm inherits yaml")

# Zed
extension = load_toml("zed/extension/extension.toml")
zed_language = load_toml("zed/extension/languages/commissioning/config.toml")
zed_settings = load_json("zed/settings.json")
zed_name = zed_language.get("name")
check(extension.get("language_servers", {}).get("commissioning-ls", {}).get("languages") == [zed_name],
      "zed: the extension's server serves its language")
check(zed_language.get("grammar") in extension.get("grammars", {}), "zed: the language's grammar is declared")
check(sorted(zed_language.get("path_suffixes", [])) == sorted(s[1:] for s in SUFFIXES), "zed: path_suffixes are the suffixes")
check(sorted(zed_settings.get("file_types", {}).get(zed_name, [])) == sorted("*" + s for s in SUFFIXES), "zed: settings file_types")
check(zed_settings.get("languages", {}).get(zed_name, {}).get("language_servers") == ["commissioning-ls"], "zed: settings language_servers")
check(zed_settings.get("lsp", {}).get("commissioning-ls", {}).get("binary", {}).get("arguments") == ["--stdio"], "zed: settings binary arguments")
check(os.path.isfile(os.path.join(CONFIGS, "zed/extension/languages/commissioning/highlights.scm")), "zed: highlights.scm")

# VS Code
package = load_json("vscode/package.json")
contributes = package.get("contributes", {})
languages = contributes.get("languages", [{}])
grammars = contributes.get("grammars", [{}])
check(languages[0].get("id") == LANGUAGE_ID and grammars[0].get("language") == LANGUAGE_ID, "vscode: language id")
check(sorted(languages[0].get("filenamePatterns", [])) == sorted("*" + s for s in SUFFIXES), "vscode: filenamePatterns")
for key in ("configuration",):
    check(os.path.isfile(os.path.join(CONFIGS, "vscode", languages[0].get(key, "-"))), f"vscode: {key} file exists")
check(os.path.isfile(os.path.join(CONFIGS, "vscode", grammars[0].get("path", "-"))), "vscode: grammar file exists")
check(os.path.isfile(os.path.join(CONFIGS, "vscode", package.get("main", "-"))), "vscode: main file exists")
check(grammars[0].get("scopeName") == SCOPE, "vscode: grammar scope")
check(f"onLanguage:{LANGUAGE_ID}" in package.get("activationEvents", []), "vscode: activation on the language")
check("commissioning.serverPath" in contributes.get("configuration", {}).get("properties", {}), "vscode: commissioning.serverPath setting")
check("vscode-languageclient" in package.get("dependencies", {}), "vscode: uses vscode-languageclient")
script = read("vscode/extension.js")
check('"serverPath"' in script and 'require("vscode-languageclient/node")' in script and f'language: "{LANGUAGE_ID}"' in script,
      "vscode: extension.js reads the setting and selects the language")

# The grammar, and its Sublime copy.
grammar = load_json("vscode/syntaxes/commissioning.tmLanguage.json")
check(grammar.get("scopeName") == SCOPE, "grammar: scope name")
check(sorted(grammar.get("fileTypes", [])) == sorted(s[1:] for s in SUFFIXES), "grammar: fileTypes")
try:
    with open(os.path.join(CONFIGS, "sublime", "Commissioning.tmLanguage"), "rb") as file:
        sublime_grammar = plistlib.load(file)
    expected = {key: value for key, value in grammar.items() if key != "$schema"}
    actual = {key: value for key, value in sublime_grammar.items() if key != "uuid"}
    check(actual == expected, "sublime: Commissioning.tmLanguage is the VS Code grammar (regenerate it: python3 EditorConfigs/sublime/build-grammar.py)")
except (OSError, plistlib.InvalidFileException, ValueError) as error:
    check(False, f"sublime: Commissioning.tmLanguage is not a property list: {error}")
sublime = load_json("sublime/LSP.sublime-settings").get("clients", {}).get("commissioning-ls", {})
check(sublime.get("command") == ["commissioning-ls", "--stdio"] and sublime.get("selector") == SCOPE, "sublime: client")

# Kate
kate = load_json("kate/settings.json").get("servers", {}).get(LANGUAGE_ID, {})
try:
    kate_syntax = ElementTree.parse(os.path.join(CONFIGS, "kate", "commissioning.xml")).getroot()
    check(re.search(kate.get("highlightingModeRegex", "^$"), kate_syntax.get("name", "")) is not None,
          "kate: the client's highlightingModeRegex matches the syntax's name")
    check(sorted(kate_syntax.get("extensions", "").split(";")) == sorted("*" + s for s in SUFFIXES), "kate: syntax extensions")
    check(any(rule.get("context") == "##YAML" for rule in kate_syntax.iter("IncludeRules")), "kate: syntax includes YAML")
except ElementTree.ParseError as error:
    check(False, f"kate: commissioning.xml is not XML: {error}")
check(kate.get("command") == ["commissioning-ls", "--stdio"], "kate: server command")
check(".commissioning.yaml" in kate.get("rootIndicationFileNames", []), "kate: root marker")


# --- A small TextMate tokenizer: enough of the model (match, begin/end with back-references in
# `end`, captures, name/contentName, includes) to see which scopes a line's characters get.
class Grammar:
    def __init__(self, data):
        self.data = data

    def rules(self, patterns):
        for rule in patterns:
            if "include" in rule:
                yield from self.rules([self.data["repository"][rule["include"][1:]]])
            elif "match" in rule or "begin" in rule:
                yield rule
            else:
                yield from self.rules(rule.get("patterns", []))

    def tokenize(self, lines):
        """For each line, a list of scope lists, one per character."""
        stack = [(None, None, self.data["patterns"])]  # (rule, compiled end, patterns)
        result = []
        for line in lines:
            scopes = [[] for _ in line]
            position = 0
            while position <= len(line):
                rule, end, patterns = stack[-1]
                inner = [r for r in (rule.get(k) for k in ("name", "contentName")) if r] if rule else []
                best = None
                if end is not None:
                    match = end.search(line, position)
                    if match:
                        best = (match.start(), 0, "end", match, rule)
                for order, candidate in enumerate(self.rules(patterns), start=1):
                    match = re.compile(candidate.get("match") or candidate["begin"]).search(line, position)
                    if match and (best is None or match.start() < best[0]):
                        best = (match.start(), order, "rule", match, candidate)
                enclosing = [s for frame in stack[1:] for s in (frame[0].get("name"), frame[0].get("contentName")) if s]
                if best is None:
                    for index in range(position, len(line)):
                        scopes[index] += enclosing
                    break
                start, _, kind, match, found = best
                for index in range(position, start):
                    scopes[index] += enclosing
                if kind == "end":
                    outer = [s for frame in stack[1:-1] for s in (frame[0].get("name"), frame[0].get("contentName")) if s]
                    self.paint(scopes, match, outer + ([found["name"]] if found.get("name") else []), found.get("endCaptures", {}))
                    stack.pop()
                    position = match.end()
                    continue
                if "match" in found:
                    self.paint(scopes, match, enclosing + ([found["name"]] if found.get("name") else []), found.get("captures", {}))
                    position = match.end() if match.end() > position else position + 1
                    if match.end() == start and start == position:
                        position += 1
                    continue
                self.paint(scopes, match, enclosing + ([found["name"]] if found.get("name") else []),
                           found.get("beginCaptures", found.get("captures", {})))
                end_source = re.sub(r"\\(\d)", lambda g: re.escape(match.group(int(g.group(1))) or ""), found["end"])
                stack.append((found, re.compile(end_source), found.get("patterns", [])))
                position = match.end()
            result.append(scopes)
        return result

    @staticmethod
    def paint(scopes, match, base, captures):
        for index in range(match.start(), match.end()):
            scopes[index] += base
        for group, capture in captures.items():
            if match.group(int(group)) is not None and capture.get("name"):
                for index in range(match.start(int(group)), match.end(int(group))):
                    scopes[index] += capture["name"].split()


SAMPLE = """# a comment
kind: commissioning-framework
period: {from: 2026-04-01, to: 2029-03-31}
approach: joint   # trailing comment
count: 12
flag: true
nothing: null
legislation-and-policy:
  - Care Act 2014
  - "quoted \\"escape\\" text"
  - 'single ''quoted'''
definitions:
  commissioning: >-
    The cycle of assessing: needs, # not a comment in a block
    and more.
  procurement: Acquiring services.
notes:
  - |
    block item text
  - after
""".splitlines()


def scopes_at(tokens, line_number, text, occurrence=0):
    line = SAMPLE[line_number]
    index = -1
    for _ in range(occurrence + 1):
        index = line.index(text, index + 1)
    return set(tokens[line_number][index])


try:
    tokens = Grammar(grammar).tokenize(SAMPLE)
    expectations = [
        (0, "#", "comment.line.number-sign.commissioning", True),
        (1, "kind", "entity.name.tag.commissioning", True),
        (1, ":", "punctuation.separator.key-value.mapping.commissioning", True),
        (1, "commissioning-framework", "string.unquoted.plain.commissioning", True),
        (2, "from", "entity.name.tag.commissioning", True),
        (2, "{", "punctuation.definition.flow.commissioning", True),
        (3, "joint", "string.unquoted.plain.commissioning", True),
        (3, "# trailing", "comment.line.number-sign.commissioning", True),
        (4, "12", "constant.numeric.commissioning", True),
        (5, "true", "constant.language.boolean.commissioning", True),
        (6, "null", "constant.language.null.commissioning", True),
        (8, "-", "punctuation.definition.block.sequence.item.commissioning", True),
        (8, "2014", "constant.numeric.commissioning", False),
        (8, "Care", "string.unquoted.plain.commissioning", True),
        (9, "quoted", "string.quoted.double.commissioning", True),
        (9, '\\"', "constant.character.escape.commissioning", True),
        (10, "''", "constant.character.escape.commissioning", True),
        (12, ">-", "keyword.control.flow.block-scalar.commissioning", True),
        (12, "commissioning", "entity.name.tag.commissioning", True),
        (13, "The cycle", "string.unquoted.block.commissioning", True),
        (13, "# not", "comment.line.number-sign.commissioning", False),
        (13, "needs", "entity.name.tag.commissioning", False),
        (14, "and more", "string.unquoted.block.commissioning", True),
        (15, "procurement", "entity.name.tag.commissioning", True),
        (15, "procurement", "string.unquoted.block.commissioning", False),
        (17, "|", "keyword.control.flow.block-scalar.commissioning", True),
        (18, "block item", "string.unquoted.block.commissioning", True),
        (19, "after", "string.unquoted.plain.commissioning", True),
        (19, "after", "string.unquoted.block.commissioning", False),
    ]
    for line_number, text, scope, present in expectations:
        got = scopes_at(tokens, line_number, text)
        check((scope in got) == present,
              f"grammar: {text!r} on line {line_number + 1} {'has' if present else 'lacks'} {scope} (got {sorted(got)})")
except (re.error, KeyError, ValueError) as error:
    check(False, f"grammar: cannot be read by the tokenizer: {error!r}")

for failure in failures:
    print(f"check-configs: FAIL: {failure}", file=sys.stderr)
print(f"editor configurations: {passed} checks passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
