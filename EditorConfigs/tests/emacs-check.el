;;; emacs-check.el --- Runs inside `emacs --batch' (started by run-emacs.sh)  -*- lexical-binding: t; -*-

;; Loads the shipped EditorConfigs/emacs/commissioning-mode.el the way its header says (its folder
;; on `load-path', then `require'), opens the fixtures, lets Eglot connect, and writes what Emacs
;; shows into files that run-emacs.sh compares with the expectations:
;;   facts.txt        the major mode and its parent, the Eglot server's project root and the
;;                    server's name;
;;   suffixes.txt     for each probe file name, whether it opens in `commissioning-mode';
;;   diagnostics.txt  "LINE CODE" for each Flymake diagnostic (lines from 1);
;;   completion.txt   the candidates of `completion-at-point' (Eglot's) on the blank line under
;;                    `integration:'.
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

(let ((failed nil))
  (dolist (check '(check-suffixes check-diagnostics check-completion))
    (condition-case failure (funcall check)
      (error (setq failed t)
             (message "emacs-check.el: %s: %s" check (error-message-string failure)))))
  (ignore-errors (eglot-shutdown-all))
  (kill-emacs (if failed 3 0)))

;;; emacs-check.el ends here
