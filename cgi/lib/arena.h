/* arena.h: per-request memory pool; everything allocated from it is freed by one arena_free(). */
#ifndef CRM_ARENA_H
#define CRM_ARENA_H
#include <stddef.h>

struct arena_chunk;
struct arena {
	struct arena_chunk *head;
};

/* Returns zeroed memory owned by the arena; aborts the process if malloc fails. */
void *arena_alloc(struct arena *a, size_t n);
/* Copies s[0..len) and adds a NUL; the copy is owned by the arena. */
char *arena_strndup(struct arena *a, const char *s, size_t len);
char *arena_strdup(struct arena *a, const char *s);
/* printf into arena memory. */
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Frees every chunk; the arena can be used again afterwards. */
void arena_free(struct arena *a);
#endif
