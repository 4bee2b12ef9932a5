/* tap.h: the smallest test harness: ok/not ok lines, counted by scripts/dev test. */
#ifndef CRM_TAP_H
#define CRM_TAP_H
#include <stdio.h>

static int tap_failed, tap_run;

#define CHECK(cond, ...) do { \
	tap_run++; \
	if (cond) { printf("ok - "); } else { tap_failed++; printf("not ok - "); } \
	printf(__VA_ARGS__); \
	if (!(cond)) printf("  (%s:%d: %s)", __FILE__, __LINE__, #cond); \
	printf("\n"); \
} while (0)

#define CHECK_STR(got, want, ...) do { \
	const char *g_ = (got), *w_ = (want); \
	int eq_ = g_ && w_ && strcmp(g_, w_) == 0; \
	CHECK(eq_, __VA_ARGS__); \
	if (!eq_) printf("#   got \"%s\", want \"%s\"\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
} while (0)
#endif
