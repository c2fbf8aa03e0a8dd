#!/usr/bin/env bash
# Installs the real editors the editor tests run (run-neovim.sh, run-emacs.sh) from Debian's
# packages, only what is missing: neovim, emacs-nox, and elpa-eglot where Emacs has no Eglot
# built in (Emacs before 29). Exit status 1, with the reason, when an install fails.
set -euo pipefail
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-editors: not root and no sudo: cannot install" >&2; exit 1; }
  as_root=(sudo)
fi
updated=no
install() {
  if [ "$updated" = no ]; then
    "${as_root[@]}" apt-get update -qq || { echo "install-editors: apt-get update failed" >&2; exit 1; }
    updated=yes
  fi
  echo "install-editors: installing $*"
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "$@" >/dev/null \
    || { echo "install-editors: apt-get install $* failed" >&2; exit 1; }
}

missing=()
command -v nvim >/dev/null || missing+=(neovim)
command -v emacs >/dev/null || missing+=(emacs-nox)
if [ "${#missing[@]}" -gt 0 ]; then install "${missing[@]}"; fi
if ! emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; then install elpa-eglot; fi
emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1 \
  || { echo "install-editors: Emacs still cannot load Eglot" >&2; exit 1; }
echo "install-editors: $(nvim --version | head -n 1); $(emacs --version | head -n 1) with Eglot"
