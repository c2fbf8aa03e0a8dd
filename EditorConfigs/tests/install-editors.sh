#!/usr/bin/env bash
# Installs the real editors the editor tests run (run-neovim.sh, run-emacs.sh) from Debian's
# packages, only what is missing: neovim, emacs-nox, elpa-eglot where Emacs has no Eglot built
# in (Emacs before 29), and elpa-yaml-mode. Exit status 1, with the reason, when an install fails.
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
# yaml-mode: the parent of commissioning-mode when installed (the tests run with and without it).
if ! emacs --batch --eval "(require 'yaml-mode)" >/dev/null 2>&1; then install elpa-yaml-mode; fi
for feature in eglot yaml-mode; do
  emacs --batch --eval "(require '$feature)" >/dev/null 2>&1 \
    || { echo "install-editors: Emacs still cannot load $feature" >&2; exit 1; }
done
echo "install-editors: $(nvim --version | head -n 1); $(emacs --version | head -n 1) with Eglot and yaml-mode"
