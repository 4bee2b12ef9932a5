/* valid.h: pure field validators; each returns NULL when the value is valid, else an i18n key of the error. */
#ifndef CRM_VALID_H
#define CRM_VALID_H
#include <stddef.h>

typedef const char *(*validator_fn)(const char *v, size_t len);

enum field_flags {
	FIELD_REQUIRED = 1,   /* missing or empty is an error ("err.required") */
	FIELD_SECRET = 2,     /* never echoed back into a form (passwords) */
};

/* One accepted form or query field: declared once, in the route table's field lists. */
struct field {
	const char *name;
	validator_fn valid;
	unsigned flags;
};

const char *valid_username(const char *v, size_t len);  /* 3..64 of [a-z0-9._-], starts with a letter */
const char *valid_password(const char *v, size_t len);  /* 1..1024 bytes, any characters */
const char *valid_new_password(const char *v, size_t len); /* 10..1024 bytes */
const char *valid_person_name(const char *v, size_t len); /* 1..200 bytes, no control characters */
const char *valid_role(const char *v, size_t len);      /* admin | manager | agent */
const char *valid_lang(const char *v, size_t len);      /* en | fil | ms */
const char *valid_token(const char *v, size_t len);     /* 64 lower-case hex digits */
const char *valid_redirect(const char *v, size_t len);  /* same-site path, see redirect_target_ok */
const char *valid_id(const char *v, size_t len);        /* 1 .. 2^53, decimal, no sign or leading zero */

/* Parses a value that valid_id accepted; returns 0 for anything else. */
long long valid_id_value(const char *v);

/* Role names and bits. */
enum role { ROLE_AGENT = 1, ROLE_MANAGER = 2, ROLE_ADMIN = 4 };
#define ROLES_ALL (ROLE_AGENT | ROLE_MANAGER | ROLE_ADMIN)
int role_from_name(const char *name);   /* 0 when unknown */
const char *role_name(int role);        /* "" when unknown */
#endif
