/* crmctl_migrate.c: applies numbered migrations once each (checksummed), then accounts and grants.
 * The only place that sends statement text that is not prepared: DDL from sql/ files. */
#include "crmctl.h"
#include <dirent.h>
#include <errno.h>
#include <mysql.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a whole file into malloc'd memory (caller frees); NULL on error. */
static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	for (;;) {
		if (n + 1024 + 1 > cap) {
			cap *= 2;
			buf = realloc(buf, cap);
		}
		if (buf == NULL)
			abort();
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		if (got == 0)
			break;
		n += got;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* Runs text with multiple statements and drains every result. 0 or -1 (error printed). */
static int run_script(MYSQL *m, const char *what, const char *text, size_t len)
{
	if (mysql_real_query(m, text, (unsigned long)len)) {
		fprintf(stderr, "crmctl: %s: %s\n", what, mysql_error(m));
		return -1;
	}
	int status;
	do {
		MYSQL_RES *res = mysql_store_result(m);
		if (res)
			mysql_free_result(res);
		status = mysql_next_result(m);
		if (status > 0) {
			fprintf(stderr, "crmctl: %s: %s\n", what, mysql_error(m));
			return -1;
		}
	} while (status == 0);
	return 0;
}

static int name_ok(const char *s)
{
	if (*s == '\0' || strlen(s) > 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Migration files: NNN_name.sql, sorted. Returns a malloc'd array of malloc'd names. */
static char **list_migrations(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	*n = 0;
	if (d == NULL)
		return NULL;
	size_t cap = 16;
	char **names = malloc(cap * sizeof(char *));
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l < 8 || strcmp(e->d_name + l - 4, ".sql") != 0 || e->d_name[3] != '_' ||
		    strspn(e->d_name, "0123456789") != 3)
			continue;
		if (*n == cap)
			names = realloc(names, (cap *= 2) * sizeof(char *));
		names[(*n)++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, *n, sizeof(char *), cmp_names);
	return names;
}

/* The checksum recorded for a version, into out[65] ("" when not applied). -1 on error. */
static int recorded_checksum(MYSQL *m, int version, char out[65])
{
	char q[128];
	snprintf(q, sizeof(q), "SELECT checksum FROM schema_migrations WHERE version = %d", version);
	out[0] = '\0';
	if (mysql_real_query(m, q, strlen(q)))
		return -1;
	MYSQL_RES *res = mysql_store_result(m);
	if (res == NULL)
		return -1;
	MYSQL_ROW row = mysql_fetch_row(res);
	if (row && row[0])
		snprintf(out, 65, "%s", row[0]);
	mysql_free_result(res);
	return 0;
}

static int apply_migrations(MYSQL *m, const char *sql_dir)
{
	size_t n;
	char **names = list_migrations(sql_dir, &n);
	int rc = 0, applied = 0;
	if (names == NULL) {
		fprintf(stderr, "crmctl: cannot read %s: %s\n", sql_dir, strerror(errno));
		return -1;
	}
	for (size_t i = 0; i < n && rc == 0; i++) {
		char path[1024], sum[65], old[65];
		snprintf(path, sizeof(path), "%s/%s", sql_dir, names[i]);
		size_t len;
		char *text = read_file(path, &len);
		if (text == NULL) {
			fprintf(stderr, "crmctl: cannot read %s\n", path);
			rc = -1;
			break;
		}
		unsigned char h[crypto_hash_sha256_BYTES];
		crypto_hash_sha256(h, (unsigned char *)text, len);
		sodium_bin2hex(sum, sizeof(sum), h, sizeof(h));
		int version = atoi(names[i]);
		if (recorded_checksum(m, version, old) < 0) {
			fprintf(stderr, "crmctl: reading schema_migrations: %s\n", mysql_error(m));
			rc = -1;
		} else if (old[0] && strcmp(old, sum) != 0) {
			fprintf(stderr, "crmctl: %s was changed after it was applied; add a new migration "
				"instead of editing a landed one\n", names[i]);
			rc = -1;
		} else if (!old[0]) {
			if (run_script(m, names[i], text, len) == 0) {
				char q[512];
				snprintf(q, sizeof(q), "INSERT INTO schema_migrations (version, name, checksum, "
					 "applied_at) VALUES (%d, '%.200s', '%s', NOW())", version, names[i], sum);
				if (strchr(names[i], '\'') || mysql_real_query(m, q, strlen(q))) {
					fprintf(stderr, "crmctl: recording %s: %s\n", names[i], mysql_error(m));
					rc = -1;
				} else {
					printf("applied %s\n", names[i]);
					applied++;
				}
			} else {
				rc = -1;
			}
		}
		free(text);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	if (rc == 0 && applied == 0)
		printf("schema is up to date\n");
	return rc;
}

/* Creates (or re-passwords) an application account. */
static int ensure_account(MYSQL *m, const char *user, const char *password)
{
	if (!name_ok(user)) {
		fprintf(stderr, "crmctl: account name %s must be [a-z0-9_]\n", user);
		return -1;
	}
	if (password[0] == '\0') {
		fprintf(stderr, "crmctl: no password file configured for account %s\n", user);
		return -1;
	}
	size_t pl = strlen(password);
	char *esc = malloc(2 * pl + 1);
	mysql_real_escape_string(m, esc, password, (unsigned long)pl);
	size_t qlen = 2 * pl + 256;
	char *q = malloc(qlen);
	snprintf(q, qlen, "CREATE USER IF NOT EXISTS '%s'@'localhost' IDENTIFIED BY '%s';"
		 "ALTER USER '%s'@'localhost' IDENTIFIED BY '%s';"
		 "REVOKE ALL PRIVILEGES, GRANT OPTION FROM '%s'@'localhost'",
		 user, esc, user, esc, user);
	int rc = run_script(m, user, q, strlen(q));
	sodium_memzero(q, qlen);
	sodium_memzero(esc, 2 * pl + 1);
	free(q);
	free(esc);
	return rc;
}

/* Applies grants.sql with @DB@, @APP_USER@ and @PUBLIC_USER@ replaced from the configuration. */
static int apply_grants(MYSQL *m, const struct config *cfg)
{
	const char *keys[] = { "@DB@", "@APP_USER@", "@PUBLIC_USER@" };
	const char *vals[] = { cfg->db_name, cfg->db_app_user, cfg->db_public_user };
	char path[1024];
	snprintf(path, sizeof(path), "%s/grants.sql", cfg->sql_dir);
	size_t len;
	char *text = read_file(path, &len);
	if (text == NULL) {
		fprintf(stderr, "crmctl: cannot read %s\n", path);
		return -1;
	}
	char *out = malloc(len * 6 + 1);   /* every value is at most 64 bytes, every key at least 4 */
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		size_t k = 0;
		while (k < 3 && strncmp(text + i, keys[k], strlen(keys[k])) != 0)
			k++;
		if (k < 3) {
			memcpy(out + o, vals[k], strlen(vals[k]));
			o += strlen(vals[k]);
			i += strlen(keys[k]);
		} else {
			out[o++] = text[i++];
		}
	}
	out[o] = '\0';
	int rc = run_script(m, "grants.sql", out, o);
	free(out);
	free(text);
	return rc;
}

int crmctl_migrate(const struct config *cfg, int argc, char **argv)
{
	if (argc > 0) {
		fprintf(stderr, "crmctl migrate takes no arguments\n");
		return 2;
	}
	if (!name_ok(cfg->db_name)) {
		fprintf(stderr, "crmctl: db_name must be [a-z0-9_]\n");
		return 1;
	}
	MYSQL *m = mysql_init(NULL);
	unsigned int timeout = 5;
	mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_options(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	if (!mysql_real_connect(m, NULL, cfg->db_admin_user, cfg->db_password[0] ? cfg->db_password : NULL,
				NULL, 0, cfg->db_socket, CLIENT_MULTI_STATEMENTS)) {
		fprintf(stderr, "crmctl: cannot connect to MariaDB at %s as %s: %s\n", cfg->db_socket,
			cfg->db_admin_user, mysql_error(m));
		mysql_close(m);
		return 1;
	}
	char q[512];
	snprintf(q, sizeof(q), "CREATE DATABASE IF NOT EXISTS `%s` CHARACTER SET utf8mb4 "
		 "COLLATE utf8mb4_unicode_ci; USE `%s`; SET time_zone = '+00:00';"
		 "CREATE TABLE IF NOT EXISTS schema_migrations (version INT NOT NULL PRIMARY KEY, "
		 "name VARCHAR(255) NOT NULL, checksum CHAR(64) NOT NULL, applied_at DATETIME NOT NULL)"
		 " ENGINE=InnoDB", cfg->db_name, cfg->db_name);
	int rc = run_script(m, "schema_migrations", q, strlen(q));
	if (rc == 0)
		rc = apply_migrations(m, cfg->sql_dir);
	if (rc == 0 && (!name_ok(cfg->db_app_user) || !name_ok(cfg->db_public_user))) {
		fprintf(stderr, "crmctl: account names must be [a-z0-9_]\n");
		rc = -1;
	}
	if (rc == 0)
		rc = ensure_account(m, cfg->db_app_user, cfg->db_app_password);
	if (rc == 0)
		rc = ensure_account(m, cfg->db_public_user, cfg->db_public_password);
	if (rc == 0)
		rc = apply_grants(m, cfg);
	mysql_close(m);
	return rc == 0 ? 0 : 1;
}
