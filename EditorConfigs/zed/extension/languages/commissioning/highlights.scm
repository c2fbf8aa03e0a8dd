; YAML colouring for commissioning documents (the node names of tree-sitter-yaml).
(comment) @comment

(boolean_scalar) @boolean
(null_scalar) @constant.builtin
[(integer_scalar) (float_scalar)] @number

[(double_quote_scalar) (single_quote_scalar) (block_scalar) (string_scalar)] @string
(escape_sequence) @string.escape

[(anchor_name) (alias_name) (tag)] @type

key: (flow_node [(plain_scalar (string_scalar)) (double_quote_scalar) (single_quote_scalar)] @property)

["," "-" ":" ">" "?" "|"] @punctuation.delimiter
["[" "]" "{" "}"] @punctuation.bracket
["*" "&" "---" "..."] @punctuation.special
