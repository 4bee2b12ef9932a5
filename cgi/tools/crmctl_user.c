/* crmctl_user.c: `crmctl user add`: creates a staff member; the password comes from standard input. */
#include "crmctl.h"
#include "audit.h"
#include "db.h"
#include "db_staff.h"
#include "password.h"
#include "valid.h"
#include <stdio.h>
#include <string.h>

int crmctl_user(const struct config *cfg, int argc, char **argv)
{
	char used[64] = { 0 };
	if (argc < 1 || strcmp(argv[0], "add") != 0 || argc > 64) {
		fprintf(stderr, "usage: crmctl user add --username NAME --role admin|manager|agent "
			"[--name \"Full Name\"] [--language en|fil|ms] < password\n");
		return 2;
	}
	used[0] = 1;
	const char *username = crmctl_opt(argc, argv, "--username", used);
	const char *role = crmctl_opt(argc, argv, "--role", used);
	const char *name = crmctl_opt(argc, argv, "--name", used);
	const char *lang = crmctl_opt(argc, argv, "--language", used);
	if (crmctl_all_used(argc, argv, used) < 0)
		return 2;
	if (name == NULL)
		name = username;
	if (lang == NULL)
		lang = cfg->default_language;
	if (username == NULL || valid_username(username, strlen(username))) {
		fprintf(stderr, "crmctl: --username must be 3 to 64 of a-z 0-9 . _ - starting with a letter\n");
		return 2;
	}
	if (role == NULL || valid_role(role, strlen(role))) {
		fprintf(stderr, "crmctl: --role must be admin, manager or agent\n");
		return 2;
	}
	if (valid_person_name(name, strlen(name)) || valid_lang(lang, strlen(lang))) {
		fprintf(stderr, "crmctl: --name must be 1 to 200 characters; --language en, fil or ms\n");
		return 2;
	}
	char pw[1100];
	if (fgets(pw, sizeof(pw), stdin) == NULL) {
		fprintf(stderr, "crmctl: no password on standard input\n");
		return 2;
	}
	size_t len = strcspn(pw, "\n");
	pw[len] = '\0';
	if (len > 0 && pw[len - 1] == '\r')
		pw[--len] = '\0';
	if (valid_new_password(pw, len)) {
		fprintf(stderr, "crmctl: the password must be 10 to 1024 bytes\n");
		return 2;
	}
	char hash[crypto_pwhash_STRBYTES];
	int rc = password_hash(pw, len, hash);
	sodium_memzero(pw, sizeof(pw));
	if (rc < 0) {
		fprintf(stderr, "crmctl: password hashing failed (out of memory?)\n");
		return 1;
	}
	struct db *db = db_open(cfg);
	long long id = 0;
	enum db_status st = db_ready(db);
	if (st == DB_OK)
		st = db_staff_insert(db, username, name, role, lang, hash, &id);
	if (st == DB_OK) {
		struct audit_entry e = { .action = "staff_create", .entity = "staff", .entity_id = id,
					 .field = "role", .new_value = role, .detail = "crmctl user add" };
		st = audit_insert(db, 0, NULL, &e);
	}
	if (st == DB_DUPLICATE)
		fprintf(stderr, "crmctl: username %s is taken\n", username);
	else if (st != DB_OK)
		fprintf(stderr, "crmctl: %s\n", db_last_error(db));
	else
		printf("created %s (%s) with id %lld\n", username, role, id);
	db_close(db);
	return st == DB_OK ? 0 : 1;
}
