/* valid.c: pure field validators (no database, no allocation). */
#include "valid.h"
#include "parse.h"
#include <string.h>

static int in_list(const char *v, size_t len, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == len && memcmp(*list, v, len) == 0)
			return 1;
	return 0;
}

const char *valid_username(const char *v, size_t len)
{
	if (len < 3 || len > 64 || !(v[0] >= 'a' && v[0] <= 'z'))
		return "err.username";
	for (size_t i = 0; i < len; i++) {
		char c = v[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
			return "err.username";
	}
	return NULL;
}

const char *valid_password(const char *v, size_t len)
{
	return len >= 1 && len <= 1024 ? NULL : "err.password";
}

const char *valid_new_password(const char *v, size_t len)
{
	return len >= 10 && len <= 1024 ? NULL : "err.new_password";
}

const char *valid_person_name(const char *v, size_t len)
{
	if (len < 1 || len > 200)
		return "err.name";
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7F)
			return "err.name";
	return NULL;
}

const char *valid_role(const char *v, size_t len)
{
	static const char *const roles[] = { "admin", "manager", "agent", NULL };
	return in_list(v, len, roles) ? NULL : "err.role";
}

const char *valid_lang(const char *v, size_t len)
{
	static const char *const langs[] = { "en", "fil", "ms", NULL };
	return in_list(v, len, langs) ? NULL : "err.lang";
}

const char *valid_token(const char *v, size_t len)
{
	if (len != 64)
		return "err.token";
	for (size_t i = 0; i < len; i++)
		if (!((v[i] >= '0' && v[i] <= '9') || (v[i] >= 'a' && v[i] <= 'f')))
			return "err.token";
	return NULL;
}

const char *valid_redirect(const char *v, size_t len)
{
	return strlen(v) == len && redirect_target_ok(v) ? NULL : "err.redirect";
}

const char *valid_id(const char *v, size_t len)
{
	if (len < 1 || len > 16 || v[0] == '0')
		return "err.id";
	long long n = 0;
	for (size_t i = 0; i < len; i++) {
		if (v[i] < '0' || v[i] > '9')
			return "err.id";
		n = n * 10 + (v[i] - '0');
	}
	return n <= (1LL << 53) ? NULL : "err.id";
}

long long valid_id_value(const char *v)
{
	if (v == NULL || valid_id(v, strlen(v)))
		return 0;
	long long n = 0;
	for (; *v; v++)
		n = n * 10 + (*v - '0');
	return n;
}

int role_from_name(const char *name)
{
	if (name == NULL) return 0;
	if (strcmp(name, "admin") == 0) return ROLE_ADMIN;
	if (strcmp(name, "manager") == 0) return ROLE_MANAGER;
	if (strcmp(name, "agent") == 0) return ROLE_AGENT;
	return 0;
}

const char *role_name(int role)
{
	switch (role) {
	case ROLE_ADMIN: return "admin";
	case ROLE_MANAGER: return "manager";
	case ROLE_AGENT: return "agent";
	}
	return "";
}
