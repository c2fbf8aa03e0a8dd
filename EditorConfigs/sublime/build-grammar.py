"""Writes Commissioning.tmLanguage (the property-list form Sublime Text reads) from the one grammar,
EditorConfigs/vscode/syntaxes/commissioning.tmLanguage.json. Run it after changing that grammar;
EditorConfigs/tests/check-configs.py fails while the two differ."""
import json
import os
import plistlib

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "..", "vscode", "syntaxes", "commissioning.tmLanguage.json"), encoding="utf-8") as file:
    grammar = json.load(file)
grammar.pop("$schema", None)
grammar["uuid"] = "5b0f6d52-3d55-4b8e-9a39-6c0d3c1a7e21"  # fixed: Sublime keys its caches on it
with open(os.path.join(HERE, "Commissioning.tmLanguage"), "wb") as file:
    plistlib.dump(grammar, file, sort_keys=True)
