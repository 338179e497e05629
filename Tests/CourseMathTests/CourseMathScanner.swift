/// Finds `$…$` and `$$…$$` math in the course's Markdown and YAML files,
/// with the rules of the compiler's own scanner (CourseMarkdown's
/// MathScanner), simplified: fenced code blocks and code spans are skipped,
/// `\$` is a literal dollar (inside math too), inline math opens on a `$`
/// followed by a non-space and closes on a `$` preceded by a non-space and not
/// followed by a digit, on the same line.
struct CourseMathScanner {
    struct Found: Equatable {
        var tex: String
        var display: Bool
        var line: Int
    }

    static func scan(_ text: String) -> [Found] {
        var found: [Found] = []
        var inFence = false
        var pendingDisplay: (tex: [UInt8], line: Int)?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line.utf8)
            let trimmed = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }
            if trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8)) {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            scanLine(bytes, line: index + 1, pendingDisplay: &pendingDisplay, into: &found)
        }
        return found
    }

    private static func scanLine(_ bytes: [UInt8], line: Int, pendingDisplay: inout (tex: [UInt8], line: Int)?,
                                 into found: inout [Found]) {
        let dollar = UInt8(ascii: "$"), backslash = UInt8(ascii: "\\"), backtick = UInt8(ascii: "`")
        var index = 0
        // Display math continued from an earlier line of the paragraph.
        if var pending = pendingDisplay {
            if bytes.allSatisfy({ $0 == 0x20 }) {
                pendingDisplay = nil   // a blank line ends the paragraph: not math
                return
            }
            pending.tex.append(0x0A)
            while index < bytes.count {
                if bytes[index] == backslash { pending.tex += bytes[index..<min(index + 2, bytes.count)]; index += 2; continue }
                if bytes[index] == dollar, index + 1 < bytes.count, bytes[index + 1] == dollar {
                    found.append(Found(tex: String(decoding: pending.tex, as: UTF8.self), display: true, line: pending.line))
                    pendingDisplay = nil
                    index += 2
                    break
                }
                pending.tex.append(bytes[index])
                index += 1
            }
            if pendingDisplay != nil {
                pendingDisplay = pending
                return
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == backslash {
                index += 2
            } else if byte == backtick {
                var end = index
                while end < bytes.count, bytes[end] == backtick { end += 1 }
                let run = end - index
                var closer = end
                var closed = false
                while closer < bytes.count {
                    var runEnd = closer
                    while runEnd < bytes.count, bytes[runEnd] == backtick { runEnd += 1 }
                    if runEnd - closer == run { closed = true; closer = runEnd; break }
                    closer = max(runEnd, closer + 1)
                }
                index = closed ? closer : end
            } else if byte == dollar, index + 1 < bytes.count, bytes[index + 1] == dollar {
                var end = index + 2
                var tex: [UInt8] = []
                var closed = false
                while end < bytes.count {
                    if bytes[end] == backslash { tex += bytes[end..<min(end + 2, bytes.count)]; end += 2; continue }
                    if bytes[end] == dollar, end + 1 < bytes.count, bytes[end + 1] == dollar { closed = true; break }
                    tex.append(bytes[end])
                    end += 1
                }
                if closed {
                    found.append(Found(tex: String(decoding: tex, as: UTF8.self), display: true, line: line))
                    index = end + 2
                } else {
                    pendingDisplay = (tex, line)
                    return
                }
            } else if byte == dollar, index + 1 < bytes.count, bytes[index + 1] != 0x20, bytes[index + 1] != 0x09 {
                var end = index + 1
                var closer: Int?
                while end < bytes.count {
                    if bytes[end] == backslash { end += 2; continue }
                    if bytes[end] == dollar, end > index + 1, bytes[end - 1] != 0x20, bytes[end - 1] != 0x09,
                       !(end + 1 < bytes.count && bytes[end + 1].isDigit) {
                        closer = end
                        break
                    }
                    end += 1
                }
                if let closer {
                    found.append(Found(tex: String(decoding: bytes[(index + 1)..<closer], as: UTF8.self), display: false, line: line))
                    index = closer + 1
                } else {
                    index += 1
                }
            } else {
                index += 1
            }
        }
    }
}

private extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
