#!/usr/bin/env bash
# Installs what the render tests (Tests/CLITests/RenderCommandTests*) run the pages through, from
# Debian's packages, only what is missing: chromium (screenshot, PDF) and python3-html5lib (HTML
# parse errors). Without them those tests skip. Exit status 1, with the reason, when an install fails.
set -euo pipefail
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-browser: not root and no sudo: cannot install" >&2; exit 1; }
  as_root=(sudo)
fi
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c "import html5lib" >/dev/null 2>&1 || missing+=(python3-html5lib)
[ "${#missing[@]}" -eq 0 ] && exit 0
echo "install-browser: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq || { echo "install-browser: apt-get update failed" >&2; exit 1; }
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || { echo "install-browser: apt-get install ${missing[*]} failed" >&2; exit 1; }
