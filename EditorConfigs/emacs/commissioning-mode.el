;;; commissioning-mode.el --- Commissioning documents, checked by commissioning-ls through Eglot  -*- lexical-binding: t; -*-

;; Install: copy this file to a directory on `load-path' (e.g. ~/.emacs.d/lisp/) and add
;;   (add-to-list 'load-path "~/.emacs.d/lisp/")
;;   (require 'commissioning-mode)
;; to your init file. Eglot is built into Emacs 29 and later; for Emacs 26.3-28 install the
;; `eglot' package first (M-x package-install RET eglot, or Debian's elpa-eglot).
;; `commissioning-ls' must be on `exec-path'; otherwise customise `commissioning-ls-command'.
;;
;; What it does:
;; - files named *.strategy.yaml, *.strategy.yml, *.mps.yaml, *.mps.yml, *.framework.yaml,
;;   *.framework.yml, *.hypotheses.yaml and *.hypotheses.yml open in `commissioning-mode',
;;   derived from `yaml-mode' when that is installed (so they are coloured and indented as
;;   YAML), else from `prog-mode' with basic YAML colouring;
;; - Eglot starts `commissioning-ls --stdio' for them: diagnostics through Flymake, completion,
;;   hover through ElDoc, code actions, outline (imenu) and go to definition;
;; - the project root is the nearest folder holding .commissioning.yaml (or .yml), else the one
;;   project.el finds (the version-control root, i.e. .git);
;; - M-x commissioning-render asks the server for the buffer's HTML page (the command
;;   `commissioning.render', through `eglot-execute-command'), written to
;;   <root>/.commissioning-render/, and opens it with `browse-url'.
;; - the echo area shows the message of the diagnostic at point (or, when there is none at
;;   point, of those on the line) before the hover: "Did you mean `joint'?" where Eglot alone
;;   would show only the rule's general explanation.  Set `commissioning-eldoc-diagnostics' to nil
;;   to leave ElDoc as Eglot sets it.  All the diagnostics: M-x flymake-show-buffer-diagnostics.
;;
;; Other Eglot commands that work with this server: M-x eglot-code-actions (quick fixes),
;; M-. and M-? (definition and references of a hypothesis id or a linked document),
;; M-x eglot-format-buffer and M-x eglot-rename once the server offers them.
;; To see what goes between Emacs and the server (every request, answer and the server's own
;; log lines): M-x eglot-events-buffer.

;;; Code:

(require 'cl-lib)
(require 'seq)
(require 'project)
(unless (require 'eglot nil t)
  (display-warning 'commissioning
                   "Eglot is not installed: commissioning documents get no diagnostics. \
Install the `eglot' package (built in from Emacs 29)."))
(defvar eglot-server-programs)
(declare-function eglot-ensure "eglot")
(declare-function eglot-current-server "eglot")
(declare-function eglot-execute-command "eglot")
(declare-function eglot-path-to-uri "eglot")
(declare-function eglot--path-to-uri "eglot")
(declare-function flymake-diagnostics "flymake")
(declare-function flymake-diagnostic-text "flymake")
(declare-function flymake-diagnostic-data "flymake")
(defvar eglot--managed-mode)

(defgroup commissioning nil
  "Commissioning documents checked by commissioning-ls."
  :group 'languages)

(defcustom commissioning-ls-command '("commissioning-ls" "--stdio")
  "The command line that starts the language server."
  :type '(repeat string))

(defconst commissioning-file-name-regexp
  "\\.\\(?:strategy\\|mps\\|framework\\|hypotheses\\)\\.ya?ml\\'"
  "File names of the four kinds of document.
*.strategy.yaml, *.mps.yaml, *.framework.yaml and *.hypotheses.yaml,
each also with .yml.")

(defconst commissioning-root-files '(".commissioning.yaml" ".commissioning.yml")
  "Files that mark a workspace root, looked for before the VC root.")

(defconst commissioning--has-yaml-mode (require 'yaml-mode nil t)
  "Non-nil when `yaml-mode' is installed: the mode derives from it.")

;; The parent is chosen once, when this file is loaded.
(defalias 'commissioning--parent-mode
  (if commissioning--has-yaml-mode 'yaml-mode 'prog-mode))

(defvar commissioning-mode-syntax-table
  (let ((table (make-syntax-table)))
    ;; Under yaml-mode its own table (the parent of this one) is left alone.
    (unless commissioning--has-yaml-mode
      (modify-syntax-entry ?# "<" table)
      (modify-syntax-entry ?\n ">" table)
      (modify-syntax-entry ?\" "\"" table)
      (modify-syntax-entry ?' "\"" table)
      (modify-syntax-entry ?- "_" table)
      (modify-syntax-entry ?_ "_" table))
    table)
  "Syntax table of `commissioning-mode'.
Without `yaml-mode' it gives comments and strings.")

(defconst commissioning--font-lock-keywords
  `(("^\\(?:[ \t]*-\\)*[ \t]*\\([^-#\n\"' \t][^#\n:]*?\\)[ \t]*:\\(?:[ \t]\\|$\\)"
     1 font-lock-variable-name-face)
    ("^[ \t]*\\(-\\)\\(?:[ \t]\\|$\\)" 1 font-lock-builtin-face)
    (,(concat ":[ \t]+" (regexp-opt '("true" "false" "null" "~") 'symbols))
     1 font-lock-constant-face)
    (":[ \t]+\\([-+]?[0-9][0-9_.]*\\)[ \t]*\\(?:#\\|$\\)" 1 font-lock-constant-face)
    ("[:-][ \t]+\\([|>][-+0-9]*\\)[ \t]*\\(?:#.*\\)?$" 1 font-lock-keyword-face))
  "YAML colouring for when `yaml-mode' is not installed.
Keys, list dashes, booleans and null, numbers and block scalar
indicators; comments and strings come from the syntax table.")

(defun commissioning--project-find (dir)
  "The project at the nearest folder above DIR with a configuration."
  (let ((root (seq-some (lambda (name) (locate-dominating-file dir name))
                        commissioning-root-files)))
    (and root (cons 'commissioning (file-name-as-directory (expand-file-name root))))))

(cl-defmethod project-root ((project (head commissioning)))
  (cdr project))

;;;###autoload
(define-derived-mode commissioning-mode commissioning--parent-mode "Commissioning"
  "Major mode for commissioning documents, checked by commissioning-ls."
  (unless commissioning--has-yaml-mode
    (setq-local font-lock-defaults '(commissioning--font-lock-keywords))
    (setq-local comment-start "# ")
    (setq-local comment-start-skip "#+[ \t]*")
    (setq-local indent-tabs-mode nil)
    (setq-local tab-width 2))
  (add-hook 'project-find-functions #'commissioning--project-find nil t))

;;;###autoload
(add-to-list 'auto-mode-alist (cons commissioning-file-name-regexp 'commissioning-mode))

;; A function, so that `commissioning-ls-command' is read each time a server starts.
(defun commissioning--server-contact (&optional _interactive)
  "The command line Eglot runs for `commissioning-mode'."
  commissioning-ls-command)

;; Eglot names the language after the mode: the server is told `commissioning'.
(when (featurep 'eglot)
  (add-to-list 'eglot-server-programs
               (cons 'commissioning-mode #'commissioning--server-contact))
  (add-hook 'commissioning-mode-hook #'eglot-ensure))

;; Eglot 1.9 puts the hover first in ElDoc, and the echo area shows the top of it: a diagnostic's
;; message, which says what to do here, is otherwise only in Flymake's lists.
(defcustom commissioning-eldoc-diagnostics t
  "Non-nil: ElDoc shows the messages of the diagnostics at point first."
  :type 'boolean)

(defun commissioning--diagnostic-message (diagnostic)
  "The server's message of Flymake DIAGNOSTIC and its code.
Without the prefix Eglot adds (the server's name)."
  (let* ((data (and (fboundp 'flymake-diagnostic-data) (flymake-diagnostic-data diagnostic)))
         (lsp (and (listp data) (alist-get 'eglot-lsp-diag data)))
         (message (and lsp (plist-get lsp :message)))
         (code (and lsp (plist-get lsp :code))))
    (if message
        (if code (format "%s [%s]" message code) message)
      (flymake-diagnostic-text diagnostic))))

(defun commissioning-diagnostics-eldoc-function (&rest _)
  "A member of `eldoc-documentation-functions': the diagnostics at point.
Those whose region holds point, else those on the current line;
nil when there are none, so the hover shows alone."
  (let ((diagnostics (or (flymake-diagnostics (point))
                         (flymake-diagnostics (line-beginning-position) (line-end-position)))))
    (when diagnostics
      (mapconcat #'commissioning--diagnostic-message diagnostics "\n"))))

(defun commissioning--eldoc-setup ()
  "Put the diagnostics first in ElDoc, in the buffers Eglot manages for this mode."
  (when (and commissioning-eldoc-diagnostics (derived-mode-p 'commissioning-mode)
             (bound-and-true-p eglot--managed-mode))
    ;; Eglot has just set the buffer's list; a local hook goes at its front.
    (add-hook 'eldoc-documentation-functions #'commissioning-diagnostics-eldoc-function nil t)))

(add-hook 'eglot-managed-mode-hook #'commissioning--eldoc-setup)

(defun commissioning-render ()
  "Render this document to an HTML page with commissioning-ls, and open it.
The server renders the text as it is in the buffer, not as saved,
and writes the page to the workspace's .commissioning-render folder."
  (interactive)
  (let ((server (and (fboundp 'eglot-current-server) (eglot-current-server))))
    (unless server (user-error "commissioning-ls is not running for this buffer (M-x eglot)"))
    (let* ((file (buffer-file-name))
           (uri (if (fboundp 'eglot-path-to-uri) (eglot-path-to-uri file) (eglot--path-to-uri file)))
           (page (eglot-execute-command server "commissioning.render" (vector uri))))
      (when (stringp page)
        (browse-url page)
        (message "commissioning-ls: page written to %s" page)))))

(provide 'commissioning-mode)
;;; commissioning-mode.el ends here
