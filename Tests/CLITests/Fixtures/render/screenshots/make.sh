#!/usr/bin/env bash
# Makes the README's screenshots: renders Schemas/examples with the built binary, then photographs
# the framework's matrix and the older people's hypothesis board in headless Chromium.
# Run from the repository root: bash Tests/CLITests/Fixtures/render/screenshots/make.sh
# (after `swift build`; the Python is the render tests' .build-python/axe, which has selenium).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
.build/debug/commissioning-ls render Schemas/examples --out "$site"
"${COMMISSIONING_AXE_PYTHON:-.build-python/axe/bin/python}" "$here/take.py" "$site" "$here"
