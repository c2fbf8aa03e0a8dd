"""Parses each HTML file given with html5lib (the WHATWG parsing algorithm) and lists every parse
error it reports: a stray end tag, an unclosed element, a missing doctype, a bad character
reference. Exit 1 when any file has one, 3 when html5lib is not installed.

Usage: python3 validate_html.py FILE...
"""
import sys

try:
    import html5lib
    from html5lib.constants import E
except ImportError:
    sys.exit(3)

failed = False
for path in sys.argv[1:]:
    with open(path, "rb") as file:
        data = file.read()
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(data)
    for (line, column), code, variables in parser.errors:
        failed = True
        message = E.get(code, code) % (variables or {}) if isinstance(variables, dict) else code
        print(f"{path}:{line}:{column}: {message} [{code}]")
sys.exit(1 if failed else 0)
