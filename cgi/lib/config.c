/* config.c: reads "key = value" lines of the configuration file; secrets come from files it names. */
#include "config.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int copy(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);
	if (n >= size)
		return -1;
	memcpy(dst, src, n + 1);
	return 0;
}

static int read_secret(const char *path, char *dst, size_t size, char *err, size_t errlen)
{
	dst[0] = '\0';
	if (path[0] == '\0')
		return 0;
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		snprintf(err, errlen, "cannot read secret file %s: %s", path, strerror(errno));
		return -1;
	}
	size_t n = fread(dst, 1, size - 1, f);
	fclose(f);
	dst[n] = '\0';
	while (n > 0 && (dst[n - 1] == '\n' || dst[n - 1] == '\r'))
		dst[--n] = '\0';
	return 0;
}

/* A link's base: empty, or http(s):// without spaces, quotes or angle brackets; a trailing slash is
 * dropped. 0 or -1. */
static int check_url(char *url)
{
	size_t n = strlen(url);
	while (n > 0 && url[n - 1] == '/')
		url[--n] = '\0';
	int scheme = strncmp(url, "https://", 8) == 0 || strncmp(url, "http://", 7) == 0;
	return n > 0 && (!scheme || strpbrk(url, " \t\"'<>\\") != NULL) ? -1 : 0;
}

/* The mail keys: mail_from an address (with an optional display name), sendmail an absolute
 * path or nothing, base_url and public_url links' bases (check_url). 0, or -1 with the reason in err. */
static int check_mail(struct config *cfg, const char *path, char *err, size_t errlen)
{
	const char *at = strchr(cfg->mail_from, '@');
	if (at == NULL || at == cfg->mail_from || at[1] == '\0' || at[1] == '>') {
		snprintf(err, errlen, "%s: mail_from must be an address such as crm@example.com", path);
		return -1;
	}
	if (cfg->sendmail[0] && cfg->sendmail[0] != '/') {
		snprintf(err, errlen, "%s: sendmail must be an absolute path (or empty)", path);
		return -1;
	}
	if (check_url(cfg->base_url) < 0) {
		snprintf(err, errlen, "%s: base_url must be http:// or https:// followed by a host (or empty)", path);
		return -1;
	}
	if (check_url(cfg->public_url) < 0) {
		snprintf(err, errlen, "%s: public_url must be http:// or https:// followed by a host (or empty)", path);
		return -1;
	}
	return 0;
}

int config_load(struct config *cfg, enum config_account account, char *err, size_t errlen)
{
	char app_pw_file[512] = "", public_pw_file[512] = "", admin_pw_file[512] = "";
	memset(cfg, 0, sizeof(*cfg));
	strcpy(cfg->db_socket, "/run/mysqld/mysqld.sock");
	strcpy(cfg->db_name, "crm");
	strcpy(cfg->db_admin_user, "root");
	strcpy(cfg->db_app_user, "crm_app");
	strcpy(cfg->db_public_user, "crm_public");
	strcpy(cfg->currency, "PHP");
	strcpy(cfg->default_language, "en");
	strcpy(cfg->templates_dir, "/usr/share/crm/templates");
	strcpy(cfg->sql_dir, "/usr/share/crm/sql");
	cfg->db_timeout_seconds = 10;
	cfg->session_idle_minutes = 60;
	cfg->session_max_hours = 12;
	cfg->login_max_failures_user = 5;
	cfg->login_max_failures_addr = 30;
	cfg->login_window_minutes = 15;
	strcpy(cfg->mail_from, "crm@localhost");

	const char *path = getenv("CRM_CONFIG");
	if (path == NULL || path[0] == '\0')
		path = CONFIG_DEFAULT_PATH;
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		snprintf(err, errlen, "cannot open configuration %s: %s", path, strerror(errno));
		return -1;
	}
	char line[1024];
	int lineno = 0, rc = 0;
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		char *s = line;
		while (isspace((unsigned char)*s))
			s++;
		if (*s == '#' || *s == '\0')
			continue;
		char *eq = strchr(s, '=');
		if (eq == NULL) {
			snprintf(err, errlen, "%s:%d: expected key = value", path, lineno);
			rc = -1;
			break;
		}
		char *k_end = eq;
		while (k_end > s && isspace((unsigned char)k_end[-1]))
			k_end--;
		*k_end = '\0';
		char *v = eq + 1;
		while (isspace((unsigned char)*v))
			v++;
		size_t vl = strlen(v);
		while (vl > 0 && isspace((unsigned char)v[vl - 1]))
			v[--vl] = '\0';
		struct { const char *key; char *dst; size_t size; } strs[] = {
			{ "db_socket", cfg->db_socket, sizeof(cfg->db_socket) },
			{ "db_name", cfg->db_name, sizeof(cfg->db_name) },
			{ "db_app_user", cfg->db_app_user, sizeof(cfg->db_app_user) },
			{ "db_public_user", cfg->db_public_user, sizeof(cfg->db_public_user) },
			{ "db_admin_user", cfg->db_admin_user, sizeof(cfg->db_admin_user) },
			{ "db_app_password_file", app_pw_file, sizeof(app_pw_file) },
			{ "db_public_password_file", public_pw_file, sizeof(public_pw_file) },
			{ "db_admin_password_file", admin_pw_file, sizeof(admin_pw_file) },
			{ "currency", cfg->currency, sizeof(cfg->currency) },
			{ "default_language", cfg->default_language, sizeof(cfg->default_language) },
			{ "templates_dir", cfg->templates_dir, sizeof(cfg->templates_dir) },
			{ "sql_dir", cfg->sql_dir, sizeof(cfg->sql_dir) },
			{ "log_file", cfg->log_file, sizeof(cfg->log_file) },
			{ "mail_from", cfg->mail_from, sizeof(cfg->mail_from) },
			{ "sendmail", cfg->sendmail, sizeof(cfg->sendmail) },
			{ "base_url", cfg->base_url, sizeof(cfg->base_url) },
			{ "public_url", cfg->public_url, sizeof(cfg->public_url) },
		};
		struct { const char *key; int *dst; } ints[] = {
			{ "db_timeout_seconds", &cfg->db_timeout_seconds },
			{ "session_idle_minutes", &cfg->session_idle_minutes },
			{ "session_max_hours", &cfg->session_max_hours },
			{ "login_max_failures_user", &cfg->login_max_failures_user },
			{ "login_max_failures_addr", &cfg->login_max_failures_addr },
			{ "login_window_minutes", &cfg->login_window_minutes },
		};
		int known = 0;
		for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]) && !known; i++)
			if (strcmp(s, strs[i].key) == 0) {
				known = 1;
				if (copy(strs[i].dst, strs[i].size, v) < 0) {
					snprintf(err, errlen, "%s:%d: value of %s is too long", path, lineno, s);
					rc = -1;
				}
			}
		for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]) && !known; i++)
			if (strcmp(s, ints[i].key) == 0) {
				known = 1;
				char *end;
				long n = strtol(v, &end, 10);
				if (*v == '\0' || *end != '\0' || n < 1 || n > 100000) {
					snprintf(err, errlen, "%s:%d: %s must be a number from 1 to 100000", path, lineno, s);
					rc = -1;
				} else {
					*ints[i].dst = (int)n;
				}
			}
		if (!known && rc == 0) {
			snprintf(err, errlen, "%s:%d: unknown key %s", path, lineno, s);
			rc = -1;
		}
		if (rc)
			break;
	}
	fclose(f);
	if (rc)
		return rc;
	if (strcmp(cfg->currency, "PHP") && strcmp(cfg->currency, "MYR") && strcmp(cfg->currency, "USD")) {
		snprintf(err, errlen, "%s: currency must be PHP, MYR or USD", path);
		return -1;
	}
	if (strcmp(cfg->default_language, "en") && strcmp(cfg->default_language, "fil") &&
	    strcmp(cfg->default_language, "ms")) {
		snprintf(err, errlen, "%s: default_language must be en, fil or ms", path);
		return -1;
	}
	if (check_mail(cfg, path, err, errlen) < 0)
		return -1;
	switch (account) {
	case CONFIG_APP:
		strcpy(cfg->db_user, cfg->db_app_user);
		return read_secret(app_pw_file, cfg->db_password, sizeof(cfg->db_password), err, errlen);
	case CONFIG_PUBLIC:
		strcpy(cfg->db_user, cfg->db_public_user);
		return read_secret(public_pw_file, cfg->db_password, sizeof(cfg->db_password), err, errlen);
	case CONFIG_ADMIN:
		strcpy(cfg->db_user, cfg->db_admin_user);
		if (read_secret(admin_pw_file, cfg->db_password, sizeof(cfg->db_password), err, errlen))
			return -1;
		/* crmctl also needs the two application accounts' passwords to create them. */
		if (read_secret(app_pw_file, cfg->db_app_password, sizeof(cfg->db_app_password), err, errlen))
			return -1;
		return read_secret(public_pw_file, cfg->db_public_password, sizeof(cfg->db_public_password),
				   err, errlen);
	}
	return 0;
}
