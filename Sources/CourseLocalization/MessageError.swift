/// An error whose text is a `Message`: whoever shows it (a build failure, the
/// preview's panel) writes it in the reader's language instead of the
/// English of `String(describing:)`.
public protocol MessageError: Error {
    var message: Message { get }
}

extension Message {
    /// The text of any error: its `Message` when it has one, else the
    /// system's own words (kept verbatim).
    public static func describing(_ error: Error) -> Message {
        (error as? MessageError)?.message ?? Message(verbatim: String(describing: error))
    }
}
