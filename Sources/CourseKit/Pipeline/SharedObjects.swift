import Foundation

/// One object of each type, made on first use and then the same for every
/// thread that asks: what a run's checks (`CheckMemory`), a build's targets
/// and a batch of a build (`BuildContext`) keep to compute something once.
public final class SharedObjects: @unchecked Sendable {
    private let lock = NSLock()
    private var objects: [ObjectIdentifier: AnyObject] = [:]

    public init() {}

    /// The object of type `T`, made by `make` the first time (under the
    /// lock: two threads asking at once get the same object).
    public func object<T: AnyObject & Sendable>(_ type: T.Type, make: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let existing = objects[ObjectIdentifier(type)] as? T { return existing }
        let made = make()
        objects[ObjectIdentifier(type)] = made
        return made
    }
}
