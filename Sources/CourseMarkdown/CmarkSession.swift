import CCmarkGFM
import CMarkdownArena
import Foundation

/// Owns the process-wide cmark-gfm set-up and runs one parse at a time.
///
/// Why a lock: cmark-gfm 0.29.0.gfm.6 keeps its table of special inline
/// characters in a global array that every parse mutates (extensions add
/// their characters before inline parsing and remove them afterwards, in
/// `process_inlines` and again per table row), so two concurrent parses can
/// make each other miss `~`, `|` or autolinks (github/cmark-gfm#176). Only the
/// C parse is serialized; converting the finished tree to Swift values, which
/// touches no global state, runs in parallel outside the lock.
enum CmarkSession {
    /// Extension pointers looked up once; the registry is immutable afterwards.
    private struct Extensions: @unchecked Sendable {
        let pointers: [OpaquePointer]
        /// The table extension, left out for a text with a row too wide for
        /// it (`TableWidthLimit`).
        let table: OpaquePointer?
    }

    // Swift runs global/static initializers exactly once, thread-safely, which
    // makes up for `cmark_gfm_core_extensions_ensure_registered` not being so.
    private static let extensions: Extensions = {
        cmark_gfm_core_extensions_ensure_registered()
        let names = ["table", "strikethrough", "autolink", "tasklist"]
        return Extensions(pointers: names.compactMap { cmark_find_syntax_extension($0) },
                          table: cmark_find_syntax_extension("table"))
    }()

    private static let lock = SpinningMutex()

    static let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES

    /// Parses `bytes`, hands the document node to `body` (outside the lock) and
    /// frees the tree afterwards. `body` must not keep the pointer.
    ///
    /// The parser and the tree live in an arena of this thread
    /// (`CMarkdownArena`), released in one go when `body` returns: freeing a
    /// tree node by node cost as much as parsing it.
    static func withTree<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (OpaquePointer) -> R) -> R {
        let extensions = Self.extensions
        let tooWide = TableWidthLimit.hasWideRow(bytes)
        let outerArena = markdown_arena_begin()
        defer { markdown_arena_end(outerArena) }
        let memory = markdown_arena_allocator()!.assumingMemoryBound(to: cmark_mem.self)
        lock.lock()
        let parser = cmark_parser_new_with_mem(Int32(options), memory)!
        for ext in extensions.pointers where !(tooWide && ext == extensions.table) {
            cmark_parser_attach_syntax_extension(parser, ext)
        }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            if let base = chars.baseAddress, chars.count > 0 { cmark_parser_feed(parser, base, chars.count) }
        }
        let document = cmark_parser_finish(parser)!
        lock.unlock()
        // No cmark_parser_free or cmark_node_free: the arena holds both.
        return body(document)
    }
}
