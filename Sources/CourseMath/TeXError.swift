import CourseLocalization

/// A problem in one TeX expression, located precisely enough for the
/// compiler to point at it (file:line:col) instead of letting the learner's
/// browser show broken math.
public struct TeXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// UTF-8 byte offset of the offending part within the TeX string.
    public var offset: Int
    /// Length in UTF-8 bytes of the offending part (e.g. the whole `\foo`).
    public var length: Int
    /// Short description starting in lowercase, e.g. `unsupported TeX
    /// command \foo`: a catalog message, written out in the reader's language.
    public var message: Message

    public init(offset: Int, length: Int, message: Message) {
        self.offset = offset
        self.length = length
        self.message = message
    }

    public var description: String { "\(message) (at byte \(offset), length \(length))" }

    /// Errors are the same when they point at the same bytes and say the
    /// same in English, however their message was put together.
    public static func == (a: TeXError, b: TeXError) -> Bool {
        a.offset == b.offset && a.length == b.length && a.message.description == b.message.description
    }
}

extension TeXError {
    /// An error covering exactly one token.
    init(_ token: TeXToken, _ message: Message) {
        self.init(offset: token.offset, length: token.length, message: message)
    }
}
