;;; emacs-check.el --- Runs inside `emacs --batch' (started by run-emacs.sh)  -*- lexical-binding: t; -*-

;; Loads the shipped EditorConfigs/emacs/commissioning-mode.el the way its header says (its folder
;; on `load-path', then `require'), opens the fixtures, lets Eglot connect, and writes what Emacs
;; shows into files that run-emacs.sh compares with the expectations:
;;   facts.txt        the major mode and its parent, the Eglot server's project root and the
;;                    server's name;
;;   suffixes.txt     for each probe file name, whether it opens in `commissioning-mode';
;;   diagnostics.txt  "LINE CODE" for each Flymake diagnostic (lines from 1);
;;   completion.txt   the candidates of `completion-at-point' (Eglot's) on the blank line under
;;                    `integration:';
;; and, for the other checks (run-emacs.sh says which), one file each; NAME.skip instead when
;; the server does not advertise the feature.
;; Any error ends Emacs with status 3; no wait is longer than `check-wait-seconds'.

;;; Code:

(require 'cl-lib)
(require 'subr-x)
(require 'seq)

(defvar check-wait-seconds 20)
(defvar check-fixtures (or (getenv "COMMISSIONING_TEST_FIXTURES") (error "COMMISSIONING_TEST_FIXTURES not set")))
(defvar check-out (or (getenv "COMMISSIONING_TEST_OUT") (error "COMMISSIONING_TEST_OUT not set")))
(defvar check-config-dir (or (getenv "COMMISSIONING_TEST_CONFIG_DIR") (error "COMMISSIONING_TEST_CONFIG_DIR not set")))

;; Emacs 28 finds Eglot where package.el or Debian (elpa-eglot, via site-start) put it; 29 has it built in.
(package-initialize)
;; The prog-mode variant: yaml-mode out of reach, as if it were not installed.
(when (equal (getenv "COMMISSIONING_TEST_WITHOUT_YAML_MODE") "1")
  (setq load-path (seq-remove (lambda (dir) (string-match-p "yaml-mode" dir)) load-path))
  (when (featurep 'yaml-mode) (error "yaml-mode is already loaded")))
(add-to-list 'load-path check-config-dir)
(require 'commissioning-mode)
(require 'eglot)
(require 'flymake)
(require 'xref)
(require 'imenu)
(require 'url-util)

(defun check-wait-until (predicate what)
  "Run timers and read process output until PREDICATE holds; fail after the wait."
  (let ((deadline (+ (float-time) check-wait-seconds)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (error "%s: nothing within %s s" what check-wait-seconds))
      (accept-process-output nil 0.05))))

(defun check-write (name lines)
  (with-temp-file (expand-file-name name check-out)
    (dolist (line lines) (insert line "\n"))))

(defun check-open (name)
  "Visit fixture NAME and wait until Eglot manages it; return the buffer."
  (let ((buffer (find-file-noselect (expand-file-name name check-fixtures))))
    (with-current-buffer buffer
      ;; `eglot-ensure' connects from `post-command-hook', which only a command loop runs.
      (run-hooks 'post-command-hook)
      (check-wait-until (lambda () (and (eglot-current-server) eglot--managed-mode))
                        (format "%s: Eglot did not connect" name)))
    buffer))

(defun check-diagnostic-code (diagnostic)
  "The LSP code of Flymake DIAGNOSTIC made by Eglot."
  (let* ((data (and (fboundp 'flymake-diagnostic-data) (flymake-diagnostic-data diagnostic)))
         (lsp (and (listp data) (alist-get 'eglot-lsp-diag data))))
    (or (and lsp (plist-get lsp :code))
        ;; Eglot writes "SOURCE [CODE]: MESSAGE" when the data is not kept.
        (let ((text (flymake-diagnostic-text diagnostic)))
          (and (string-match "\\[\\([^]]+\\)\\]" text) (match-string 1 text)))
        "?")))

(defun check-diagnostics ()
  (with-current-buffer (check-open "faulty.framework.yaml")
    (check-write "facts.txt"
                 (list (format "mode %s" major-mode)
                       (format "parent %s" (cond ((derived-mode-p 'yaml-mode) "yaml-mode")
                                                 ((derived-mode-p 'prog-mode) "prog-mode")
                                                 (t "?")))
                       (format "root %s" (directory-file-name
                                          (expand-file-name (project-root (eglot--project (eglot-current-server))))))
                       (format "server %s" (or (plist-get (eglot--server-info (eglot-current-server)) :name) "?"))))
    (flymake-start)
    (check-wait-until (lambda () (flymake-diagnostics)) "faulty.framework.yaml: no Flymake diagnostics")
    (let (lines)
      (dolist (diagnostic (flymake-diagnostics))
        (push (format "%d %s" (line-number-at-pos (flymake-diagnostic-beg diagnostic))
                      (check-diagnostic-code diagnostic))
              lines))
      (check-write "diagnostics.txt" (sort lines #'string<)))))

(defun check-suffixes ()
  "Which names open in `commissioning-mode': each probe name is visited (a new file) and killed."
  (let (lines)
    (dolist (name (split-string (or (getenv "COMMISSIONING_TEST_PROBES") (error "COMMISSIONING_TEST_PROBES not set"))))
      (let ((buffer (find-file-noselect (expand-file-name name check-fixtures))))
        (push (format "%s %s" name (if (eq (buffer-local-value 'major-mode buffer) 'commissioning-mode)
                                       "commissioning" "other"))
              lines)
        (with-current-buffer buffer (set-buffer-modified-p nil))
        (kill-buffer buffer)))
    (check-write "suffixes.txt" (sort lines #'string<))))

(defun check-completion ()
  (with-current-buffer (check-open "completion.framework.yaml")
    (goto-char (point-min))
    (unless (re-search-forward "^  $" nil t) (error "completion.framework.yaml has no line of two spaces"))
    (let* ((capf (or (eglot-completion-at-point) (error "Eglot offers no completion here")))
           (table (nth 2 capf))
           (prefix (buffer-substring-no-properties (nth 0 capf) (nth 1 capf))))
      (check-write "completion.txt" (sort (mapcar #'check-completion-label (all-completions prefix table)) #'string<)))))

(defun check-completion-label (candidate)
  "The LSP label of Eglot's completion CANDIDATE (which may show the insert text instead)."
  (let ((item (get-text-property 0 'eglot--lsp-item candidate)))
    (or (and item (plist-get item :label)) (substring-no-properties candidate))))

(defun check-goto (pattern word)
  "Put point on WORD in the first line outside comments matching regexp PATTERN."
  (goto-char (point-min))
  (let (found)
    (while (and (not found) (re-search-forward pattern nil t))
      (unless (save-excursion (beginning-of-line) (looking-at-p "[ \t]*#"))
        (setq found t)))
    (unless found (error "No line matches %s" pattern))
    (beginning-of-line)
    (search-forward word (line-end-position))
    (goto-char (match-beginning 0))))

(defun check-skip (name why)
  (check-write (concat name ".skip") (list why)))

(defun check-echo-area ()
  "What ElDoc puts first in the echo area on the misspelt approach: the diagnostic's message."
  (with-current-buffer (check-open "faulty.framework.yaml")
    (check-wait-until (lambda () (flymake-diagnostics)) "faulty.framework.yaml: no Flymake diagnostics")
    (check-goto "^approach: jointly" "jointly")
    ;; As ElDoc calls them: in the buffer's order, a function answering a string at once.
    (let (docs)
      (run-hook-wrapped 'eldoc-documentation-functions
                        (lambda (function)
                          (let ((doc (funcall function #'ignore)))
                            (when (stringp doc) (push doc docs)))
                          nil))
      (check-write "echo-area.txt"
                   (list (format "first %s" (car (bound-and-true-p eldoc-documentation-functions)))
                         (format "doc %s" (or (car (last docs)) "(none)")))))))

(defun check-hover ()
  "Eglot's hover (ElDoc) on the key `approach': the key's description, naming the approaches."
  (let ((buffer (check-open "faulty.framework.yaml")) (doc nil))
    ;; Eglot hands the hover to ElDoc only for a buffer shown in a window.
    (switch-to-buffer buffer)
    (check-goto "^approach: jointly" "approach")
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq doc (or info ""))))
    (check-wait-until (lambda () doc) "hover")
    (check-write "hover.txt"
                 (list (if (seq-every-p (lambda (word) (string-search word doc))
                                        '("separate" "parallel" "joint" "integrated"))
                           "hover names the four approaches"
                         (format "hover: %s" (replace-regexp-in-string "\n" " / " doc)))))))

(defun check-completion-insertion ()
  "What choosing each candidate inserts, through Eglot's exit function: one line, no NUL."
  (with-current-buffer (check-open "completion.framework.yaml")
    (let ((original (buffer-string)) lines)
      (dolist (candidate (progn (check-goto "^  $" "  ")
                                (let* ((capf (eglot-completion-at-point)))
                                  (all-completions "" (nth 2 capf)))))
        (erase-buffer)
        (insert original)
        (check-goto "^  $" "  ")
        (goto-char (line-end-position))
        (let* ((capf (eglot-completion-at-point))
               (exit (plist-get (nthcdr 3 capf) :exit-function))
               (before (count-lines (point-min) (point-max))))
          (delete-region (nth 0 capf) (nth 1 capf))
          (insert candidate)
          (when exit (funcall exit candidate 'finished))
          (let ((added (- (count-lines (point-min) (point-max)) before)))
            (push (format "%s %s" (check-completion-label candidate)
                          (cond ((string-search "\0" (buffer-string)) "a NUL")
                                ((/= added 0) (format "%d lines added" added))
                                (t "one line")))
                  lines))))
      (erase-buffer)
      (insert original)
      (set-buffer-modified-p nil)
      (check-write "completion-words.txt" (sort lines #'string<)))))

(defun check-code-action ()
  "The quick fix of the misspelt approach, chosen and applied as `eglot-code-actions' does."
  (with-current-buffer (check-open "faulty.framework.yaml")
    (check-wait-until (lambda () (flymake-diagnostics)) "faulty.framework.yaml: no Flymake diagnostics")
    (check-goto "^approach: jointly" "jointly")
    (let* ((actions (eglot-code-actions (line-beginning-position) (line-end-position)))
           (chosen (seq-find (lambda (action) (and (plist-get action :edit)
                                                    (string-search "joint" (plist-get action :title))))
                             actions)))
      (unless chosen (error "No code action with an edit mentions `joint': %S" actions))
      (eglot--apply-workspace-edit (plist-get chosen :edit))
      (check-write "code-action.txt"
                   (list (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
      (set-buffer-modified-p nil))))

(defun check-xref-line (item)
  "\"FILE TEXT\" for xref ITEM: the file's name and its line, trimmed."
  (let ((location (xref-item-location item)))
    (format "%s %s" (file-name-nondirectory (xref-location-group location))
            (string-trim (substring-no-properties (xref-item-summary item))))))

(defun check-navigation ()
  "M-. on the H1 a strategy cites, M-? on it in the set (Eglot's xref backend)."
  (let (lines)
    (with-current-buffer (check-open "cites.strategy.yaml")
      (check-goto "hypotheses: \\[H1\\]" "H1")
      (dolist (item (xref-backend-definitions 'eglot (xref-backend-identifier-at-point 'eglot)))
        (push (concat "M-. " (check-xref-line item)) lines)))
    (with-current-buffer (check-open "rename.hypotheses.yaml")
      (check-goto "^  - id: H1$" "H1")
      (dolist (item (xref-backend-references 'eglot (xref-backend-identifier-at-point 'eglot)))
        (push (concat "M-? " (check-xref-line item)) lines)))
    (check-write "navigation.txt" (sort lines #'string<))))

(defun check-formatting ()
  "M-x eglot-format-buffer on an untidy copy of format.hypotheses.yaml, when the server formats."
  (let ((copy (expand-file-name "format.hypotheses.yaml" check-out)))
    (copy-file (expand-file-name "format.hypotheses.yaml" check-fixtures) copy t)
    (with-current-buffer (find-file-noselect copy)
      (run-hooks 'post-command-hook)
      (check-wait-until (lambda () (and (eglot-current-server) eglot--managed-mode)) "format.hypotheses.yaml: Eglot did not connect")
      (if (not (eglot--server-capable :documentFormattingProvider))
          (check-skip "formatting" "the server does not advertise documentFormattingProvider")
        (eglot-format-buffer)
        ;; One line each; the buffer's final line break ends the last.
        (check-write "formatting.txt" (split-string (string-remove-suffix "\n" (buffer-string)) "\n"))))))

(defun check-rename ()
  "M-x eglot-rename H1 to H7 in the set, when the server renames: the set and the strategy."
  (let ((set (check-open "rename.hypotheses.yaml"))
        (strategy (check-open "cites.strategy.yaml")))
    (with-current-buffer set
      (if (not (eglot--server-capable :renameProvider))
          (check-skip "rename" "the server does not advertise renameProvider")
        (check-goto "^  - id: H1$" "H1")
        (eglot-rename "H7")
        (let (lines)
          (dolist (buffer (list set strategy))
            (with-current-buffer buffer
              (goto-char (point-min))
              (while (re-search-forward "^[ \t]*\\(- id: H[0-9]+\\|hypotheses: \\[.*\\]\\)$" nil t)
                (push (format "%s %s" (file-name-nondirectory (buffer-file-name)) (match-string 1)) lines))
              (set-buffer-modified-p nil)))
          (check-write "rename.txt" (nreverse lines)))))))

(defun check-symbols ()
  "The outline: imenu's index of the hypothesis set, which Eglot builds from the server's symbols."
  (with-current-buffer (check-open "rename.hypotheses.yaml")
    (let (lines)
      (cl-labels ((walk (entries path)
                    (dolist (entry entries)
                      (if (imenu--subalist-p entry)
                          (walk (cdr entry) (append path (list (car entry))))
                        (push (format "%s %s" (string-join (append path (list (car entry))) " / ")
                                      (line-number-at-pos (let ((place (cdr entry)))
                                                            (if (overlayp place) (overlay-start place) place))))
                              lines)))))
        (walk (funcall imenu-create-index-function) nil))
      (check-write "symbols.txt" (sort lines #'string<)))))

(defun check-render ()
  "M-x commissioning-render on a copy of the completion fixture: the page it opens holds the title."
  (let ((copy (expand-file-name "render.framework.yaml" check-out)) (opened nil))
    (copy-file (expand-file-name "completion.framework.yaml" check-fixtures) copy t)
    (with-current-buffer (find-file-noselect copy)
      (run-hooks 'post-command-hook)
      (check-wait-until (lambda () (and (eglot-current-server) eglot--managed-mode)) "render.framework.yaml: Eglot did not connect")
      (let ((browse-url-browser-function (lambda (url &rest _) (setq opened url))))
        (commissioning-render))
      (let ((page (and opened (url-unhex-string (string-remove-prefix "file://" opened)))))
        (check-write "render.txt"
                     (list (if (and page (file-exists-p page)
                                    (with-temp-buffer (insert-file-contents page)
                                                      (search-forward "Westvale joint commissioning framework" nil t)))
                               (format "page %s, with the title" (file-relative-name page check-out))
                             (format "no page with the title: %s" opened))))))))

(let ((failed nil))
  (dolist (check '(check-suffixes check-diagnostics check-completion check-echo-area check-hover
                   check-completion-insertion check-navigation check-symbols check-render
                   check-formatting check-code-action check-rename))
    (condition-case failure (funcall check)
      (error (setq failed t)
             (message "emacs-check.el: %s: %s" check (error-message-string failure)))))
  (ignore-errors (eglot-shutdown-all))
  (kill-emacs (if failed 3 0)))

;;; emacs-check.el ends here
