/* buf.h: a growable byte buffer (malloc'd; the owner calls buf_free). */
#ifndef CRM_BUF_H
#define CRM_BUF_H
#include <stddef.h>

struct buf {
	char *data;
	size_t len, cap;
};

void buf_add(struct buf *b, const char *s, size_t len);
void buf_adds(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *b);
void buf_free(struct buf *b);
#endif
