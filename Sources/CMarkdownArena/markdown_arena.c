#include "markdown_arena.h"

#include <cmark-gfm.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void fail(void) {
    fputs("coursec: out of memory while parsing Markdown\n", stderr);
    abort();
}

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

void *markdown_arena_allocator(void) { return &allocator; }

unsigned long markdown_arena_reserved_bytes(void) {
    unsigned long total = 0;
    for (chunk *c = current; c; c = c->previous) total += c->capacity;
    return total;
}
