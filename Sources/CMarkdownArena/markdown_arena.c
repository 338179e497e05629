#include "markdown_arena.h"

#include <cmark-gfm.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Under AddressSanitizer the arena steps aside: every block is a malloc of
 * its own and cmark's frees are real, so ASan sees each block's bounds and
 * every use after free (in one bump chunk it would see neither). It is
 * chosen automatically when the file is compiled with -fsanitize=address
 * (`make test-asan`, `make fuzz`); `-DMARKDOWN_ARENA_MALLOC=1` forces it for
 * other tools (valgrind), `-DMARKDOWN_ARENA_MALLOC=0` forbids it. */
#ifndef MARKDOWN_ARENA_MALLOC
#  if defined(__SANITIZE_ADDRESS__)
#    define MARKDOWN_ARENA_MALLOC 1
#  elif defined(__has_feature)
#    if __has_feature(address_sanitizer)
#      define MARKDOWN_ARENA_MALLOC 1
#    endif
#  endif
#endif
#ifndef MARKDOWN_ARENA_MALLOC
#  define MARKDOWN_ARENA_MALLOC 0
#endif

static void fail(void) {
    fputs("coursec: out of memory while parsing Markdown\n", stderr);
    abort();
}

#if !MARKDOWN_ARENA_MALLOC

/* Every allocation is preceded by a 16-byte header holding its size, which
 * realloc needs; 16 keeps the memory aligned for any type cmark stores. */
enum { HEADER = 16, ALIGN = 16, FIRST_CHUNK = 64 * 1024, LARGEST_CHUNK = 1024 * 1024 };

typedef struct chunk {
    struct chunk *previous;
    size_t capacity;
    size_t used;
    size_t padding; /* keeps `bytes` 16-byte aligned after three size_t */
    _Alignas(16) unsigned char bytes[];
} chunk;

/* The newest chunk of this thread's current arena; older chunks hang off it. */
static _Thread_local chunk *current;

static size_t rounded(size_t size) {
    if (size > SIZE_MAX - (ALIGN - 1)) fail();
    return (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

static chunk *new_chunk(size_t capacity, chunk *previous) {
    chunk *c = malloc(sizeof(chunk) + capacity);
    if (!c) fail();
    c->previous = previous;
    c->capacity = capacity;
    c->used = 0;
    return c;
}

static void *allocate(size_t size) {
    size_t total = rounded(size) + HEADER;
    if (total < HEADER) fail();
    chunk *c = current;
    if (!c || c->capacity - c->used < total) {
        size_t next = c ? c->capacity * 2 : FIRST_CHUNK;
        if (next > LARGEST_CHUNK) next = LARGEST_CHUNK;
        if (c && total > next / 2) {
            /* A large block gets a chunk of its own, kept behind the current
             * one so small allocations go on filling the current chunk. */
            chunk *large = new_chunk(total, c->previous);
            c->previous = large;
            large->used = total;
            *(size_t *)large->bytes = size;
            return large->bytes + HEADER;
        }
        if (next < total) next = total;
        c = current = new_chunk(next, c);
    }
    unsigned char *block = c->bytes + c->used;
    c->used += total;
    *(size_t *)block = size;
    return block + HEADER;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) fail();
    void *p = allocate(count * size);
    memset(p, 0, count * size);
    return p;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (!pointer) return allocate(size);
    unsigned char *block = (unsigned char *)pointer - HEADER;
    size_t old = *(size_t *)block;
    if (size <= old) {
        *(size_t *)block = size;
        return pointer;
    }
    chunk *c = current;
    /* The newest block of the current chunk (a growing string buffer,
     * typically) grows in place when the chunk has room. */
    if (c && block + HEADER + rounded(old) == c->bytes + c->used) {
        size_t extra = rounded(size) - rounded(old);
        if (c->capacity - c->used >= extra) {
            c->used += extra;
            *(size_t *)block = size;
            return pointer;
        }
    }
    void *moved = allocate(size);
    memcpy(moved, pointer, old);
    return moved;
}

/* Blocks are released with their arena. */
static void arena_free(void *pointer) { (void)pointer; }

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

void *markdown_arena_begin(void) {
    chunk *previous = current;
    current = NULL;
    return previous;
}

void markdown_arena_end(void *previous) {
    chunk *c = current;
    while (c) {
        chunk *older = c->previous;
        free(c);
        c = older;
    }
    current = previous;
}

unsigned long markdown_arena_reserved_bytes(void) {
    unsigned long total = 0;
    for (chunk *c = current; c; c = c->previous) total += c->capacity;
    return total;
}

#else /* MARKDOWN_ARENA_MALLOC */

/* An arena is a doubly linked list of malloc'd blocks, newest first, so that
 * cmark's own frees can unlink a block and the end of the arena can free
 * whatever cmark left. The header keeps the payload 16-byte aligned. */
typedef struct arena arena;
typedef struct block {
    struct block *older;
    struct block *newer;
    arena *owner;
    size_t size;
} block;
_Static_assert(sizeof(block) % 16 == 0, "block headers keep payloads 16-byte aligned");

struct arena {
    block *newest;
    unsigned long live; /* bytes of the blocks still allocated */
};

static _Thread_local arena *current;

static arena *new_arena(void) {
    arena *a = calloc(1, sizeof(arena));
    if (!a) fail();
    return a;
}

static void link_block(arena *a, block *b) {
    b->owner = a;
    b->newer = NULL;
    b->older = a->newest;
    if (a->newest) a->newest->newer = b;
    a->newest = b;
    a->live += b->size;
}

static void unlink_block(block *b) {
    arena *a = b->owner;
    if (b->older) b->older->newer = b->newer;
    if (b->newer) b->newer->older = b->older;
    else a->newest = b->older;
    a->live -= b->size;
}

static void *allocate(size_t size) {
    if (size > SIZE_MAX - sizeof(block)) fail();
    block *b = malloc(sizeof(block) + size);
    if (!b) fail();
    b->size = size;
    if (!current) current = new_arena();
    link_block(current, b);
    return b + 1;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) fail();
    void *p = allocate(count * size);
    memset(p, 0, count * size);
    return p;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (!pointer) return allocate(size);
    if (size > SIZE_MAX - sizeof(block)) fail();
    block *b = (block *)pointer - 1;
    arena *owner = b->owner;
    unlink_block(b);
    block *moved = realloc(b, sizeof(block) + size);
    if (!moved) fail();
    moved->size = size;
    link_block(owner, moved);
    return moved + 1;
}

static void arena_free(void *pointer) {
    if (!pointer) return;
    block *b = (block *)pointer - 1;
    unlink_block(b);
    free(b);
}

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

void *markdown_arena_begin(void) {
    arena *previous = current;
    current = new_arena();
    return previous;
}

void markdown_arena_end(void *previous) {
    arena *a = current;
    if (a) {
        block *b = a->newest;
        while (b) {
            block *older = b->older;
            free(b);
            b = older;
        }
        free(a);
    }
    current = previous;
}

unsigned long markdown_arena_reserved_bytes(void) { return current ? current->live : 0; }

#endif /* MARKDOWN_ARENA_MALLOC */

void *markdown_arena_allocator(void) { return &allocator; }
