#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs libarchive calls with a UTF-8 `LC_CTYPE` on the calling thread.
///
/// libarchive converts entry names between the C library's current
/// multibyte charset and UTF-8. A Swift process never calls `setlocale`, so
/// it runs in the "C" (ASCII) locale, where a name such as
/// “Lección 1 — Números” cannot be represented: reading such a ZIP then
/// yields no pathname at all (observed with libarchive 3.6.2), and names
/// would depend on the user's LANG/LC_ALL. (coursec writes its ZIPs with
/// `ZipEncoder`, which takes names as UTF-8 bytes and needs no locale.)
/// `uselocale` switches only this thread,
/// so the process-wide locale other code relies on stays untouched. Callers
/// must keep all libarchive work for one archive inside a single `run`
/// (synchronous code cannot hop threads).
enum UTF8LocaleScope {
    static func run<T>(_ body: () throws -> T) rethrows -> T {
        // C.UTF-8 is built into glibc ≥ 2.35; the others cover older glibc and macOS.
        let candidates = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]
        var utf8Locale: locale_t?
        for name in candidates {
            if let loc = newlocale(LC_CTYPE_MASK, name, nil) {
                utf8Locale = loc
                break
            }
        }
        guard let utf8Locale else { return try body() }
        let previous = uselocale(utf8Locale)
        defer {
            uselocale(previous)
            freelocale(utf8Locale)
        }
        return try body()
    }
}
