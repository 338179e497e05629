#ifndef COURSEC_MARKDOWN_ARENA_H
#define COURSEC_MARKDOWN_ARENA_H

/* A per-thread bump allocator for cmark-gfm (its `cmark_mem` interface).
 *
 * Why: a parse allocates one block per node, string buffer and list cell, and
 * freeing a tree frees them one by one; in profiles of `coursec check`, malloc
 * and free under cmark were as costly as the parse itself. Here a parse
 * allocates from large chunks and the whole tree is released at once.
 *
 * Use: `previous = markdown_arena_begin()`, parse with
 * `cmark_parser_new_with_mem(options, markdown_arena_allocator())`, use the
 * tree on the same thread, never call `cmark_parser_free` or
 * `cmark_node_free`, then `markdown_arena_end(previous)`. Arenas nest: a
 * parse inside a parse on the same thread gets its own arena.
 *
 * Built with AddressSanitizer, the arena makes one malloc per block instead
 * (see MARKDOWN_ARENA_MALLOC in markdown_arena.c), so ASan can check them.
 *
 * The allocator is returned as `void *` (a `cmark_mem *`) so that this
 * header does not pull cmark's headers into a second Clang module. */

/* Starts a fresh arena for this thread and returns the one it replaces. */
void *markdown_arena_begin(void);

/* Frees everything allocated since the matching begin; restores `previous`. */
void markdown_arena_end(void *previous);

/* The `cmark_mem` that allocates from this thread's current arena. */
void *markdown_arena_allocator(void);

/* Bytes reserved by this thread's current arena (for tests); under ASan,
 * the bytes of its blocks still allocated. */
unsigned long markdown_arena_reserved_bytes(void);

#endif
