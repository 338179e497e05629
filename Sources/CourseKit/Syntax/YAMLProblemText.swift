/// libyaml's problems and contexts in the reader's language, for the
/// mistakes `YAMLMistakeFinder` has no plain words of its own for. libyaml says
/// what stopped it in a few fixed English phrases ("did not find expected
/// key"); the common ones are catalog messages, with an author's hint,
/// and any other is quoted as libyaml wrote it.
enum YAMLProblemText {
    static func message(_ phrase: String) -> Message {
        switch phrase {
        case "mapping values are not allowed in this context":
            "a `:` where no value may start (put a text that holds `: ` between quotes)"
        case "did not find expected key":
            "did not find the next key (check the indentation and the quotes of the line above)"
        case "could not find expected ':'":
            "a key without its `:`"
        case "found character that cannot start any token":
            "a character that cannot start a value (put the text between quotes)"
        case "did not find expected '-' indicator":
            "a list item without its `-` (check the indentation)"
        case "did not find expected node content":
            "a value is missing"
        case "found unexpected end of stream":
            "the text ends inside a value (a quote or bracket is not closed)"
        case "found unknown escape character":
            "an unknown escape after `\\` (write `\\\\` for a backslash, or use single quotes)"
        case "did not find expected ',' or ']'":
            "a list in brackets is not closed with `]`"
        case "did not find expected ',' or '}'":
            "a mapping in braces is not closed with `}`"
        case "found a tab character that violates indentation":
            "a tab character in the indentation; indent with spaces"
        case "found undefined tag handle":
            "an undefined tag (`!`); put the text between quotes"
        case "found unexpected ':'":
            "an unexpected `:`"
        case "while parsing a block mapping":
            "in this mapping"
        case "while parsing a block collection":
            "in this list"
        case "while parsing a flow sequence":
            "in this list in brackets"
        case "while parsing a flow mapping":
            "in this mapping in braces"
        case "while scanning a simple key":
            "in this key"
        case "while scanning a quoted scalar":
            "in this quoted text"
        case "while scanning a plain scalar":
            "in this text"
        case "while parsing a block node", "while parsing a flow node":
            "in this value"
        default:
            Message(verbatim: phrase)
        }
    }
}
