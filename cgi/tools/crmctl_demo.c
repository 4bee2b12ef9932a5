/* crmctl_demo.c: `crmctl demo-data`: demo accounts with fresh passwords, extra staff, bulk audit rows. */
#include "crmctl.h"
#include "db.h"
#include "db_staff.h"
#include "password.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

DB_STMT(SQL_DEMO_STAFF_PASSWORD, "UPDATE staff SET password_hash = ?, active = 1 WHERE username = ?");
DB_STMT(SQL_DEMO_STAFF_BULK,
	"INSERT IGNORE INTO staff (username, full_name, role, language, password_hash, active, created_at)"
	" SELECT CONCAT('agent', LPAD(seq, 4, '0')),"
	"  CONCAT(ELT(1 + seq % 8, 'Maria', 'Jose', 'Ana', 'Juan', 'Siti', 'Ahmad', 'Nur', 'Mark'), ' ',"
	"         ELT(1 + (seq DIV 8) % 8, 'Santos', 'Reyes', 'Cruz', 'Bautista', 'Abdullah', 'Tan',"
	"             'Lim', 'Garcia')),"
	"  'agent', ELT(1 + seq % 3, 'en', 'fil', 'ms'), ?, 1, NOW() - INTERVAL seq DAY"
	" FROM seq_1_to_10000 WHERE seq <= ?");
DB_STMT(SQL_DEMO_AUDIT_BULK,
	"INSERT INTO audit_log (at, staff_id, ip, action, entity, entity_id, detail)"
	" SELECT NOW(6) - INTERVAL seq MINUTE, s.id, CONCAT('10.0.', seq % 250, '.', seq % 199),"
	"  'login', 'staff', s.id, 'demo'"
	" FROM seq_1_to_100000000 JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k,"
	"  COUNT(*) OVER () AS n FROM staff) s ON s.k = seq % s.n"
	" WHERE seq <= ?");

static const struct {
	const char *username, *name, *role, *lang;
} demo_users[] = {
	{ "demo.admin", "Dana Admin", "admin", "en" },
	{ "demo.manager", "Miguel Manager", "manager", "fil" },
	{ "demo.agent", "Aisyah Agent", "agent", "ms" },
};

/* A readable random password of 16 characters. */
static void random_password(char out[17])
{
	static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";
	for (int i = 0; i < 16; i++)
		out[i] = alphabet[randombytes_uniform(sizeof(alphabet) - 1)];
	out[16] = '\0';
}

int crmctl_demo(const struct config *cfg, int argc, char **argv)
{
	char used[64] = { 0 };
	if (argc > 64)
		return 2;
	const char *logins = crmctl_opt(argc, argv, "--logins", used);
	const char *staff_n = crmctl_opt(argc, argv, "--staff", used);
	const char *audit_n = crmctl_opt(argc, argv, "--audit", used);
	if (crmctl_all_used(argc, argv, used) < 0)
		return 2;
	long n_staff = staff_n ? strtol(staff_n, NULL, 10) : 0;
	long n_audit = audit_n ? strtol(audit_n, NULL, 10) : 0;
	if (n_staff < 0 || n_staff > 10000 || n_audit < 0 || n_audit > 100000000) {
		fprintf(stderr, "crmctl: --staff 0..10000, --audit 0..100000000\n");
		return 2;
	}
	/* The logins file appears only when everything succeeded (scripts/dev reuses it when present). */
	char tmp[1024];
	snprintf(tmp, sizeof(tmp), "%s.tmp", logins ? logins : "");
	FILE *out = logins ? fopen(tmp, "w") : stdout;
	if (out == NULL) {
		perror(tmp);
		return 1;
	}
	struct db *db = db_open(cfg);
	enum db_status st = db_ready(db);
	for (size_t i = 0; st == DB_OK && i < sizeof(demo_users) / sizeof(demo_users[0]); i++) {
		char pw[17], hash[crypto_pwhash_STRBYTES];
		random_password(pw);
		if (password_hash(pw, strlen(pw), hash) < 0) {
			st = DB_ERROR;
			break;
		}
		st = db_staff_insert(db, demo_users[i].username, demo_users[i].name, demo_users[i].role,
				     demo_users[i].lang, hash, NULL);
		if (st == DB_DUPLICATE)
			st = db_exec(db, &SQL_DEMO_STAFF_PASSWORD,
				     DB_ARGS(DB_STR(hash), DB_STR(demo_users[i].username)), NULL, NULL);
		if (st == DB_OK)
			fprintf(out, "%s %s %s\n", demo_users[i].username, pw, demo_users[i].role);
	}
	if (st == DB_OK && n_staff > 0) {
		char pw[17], hash[crypto_pwhash_STRBYTES];
		random_password(pw);   /* nobody learns it: these accounts fill lists, they do not sign in */
		if (password_hash(pw, strlen(pw), hash) < 0)
			st = DB_ERROR;
		else
			st = db_exec(db, &SQL_DEMO_STAFF_BULK, DB_ARGS(DB_STR(hash), DB_INT(n_staff)), NULL, NULL);
	}
	unsigned long long rows = 0;
	if (st == DB_OK && n_audit > 0)
		st = db_exec(db, &SQL_DEMO_AUDIT_BULK, DB_ARGS(DB_INT(n_audit)), &rows, NULL);
	if (logins && (fclose(out) != 0 || (st == DB_OK && rename(tmp, logins) != 0))) {
		perror(logins);
		st = DB_ERROR;
	}
	if (st != DB_OK) {
		if (logins)
			unlink(tmp);
		fprintf(stderr, "crmctl: demo-data: %s\n", db_last_error(db));
		db_close(db);
		return 1;
	}
	if (n_audit > 0)
		fprintf(stderr, "demo-data: %llu audit rows\n", rows);
	db_close(db);
	return 0;
}
