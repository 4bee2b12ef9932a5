/* crmctl.c: the operator's command: dispatch to subcommands and shared option parsing. */
#include "crmctl.h"
#include <mysql.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

static const char usage[] =
	"usage: crmctl COMMAND [OPTIONS]\n"
	"  migrate                    apply new migrations from sql/, create the application\n"
	"                             accounts and apply sql/grants.sql\n"
	"  user add --username NAME --role admin|manager|agent [--name \"Full Name\"] [--language en|fil|ms]\n"
	"                             create a staff member; the password is read from standard input\n"
	"  demo-data [--logins FILE] [--staff N] [--audit N] [--clients N] [--products N]\n"
	"            [--purchase-lines N] [--cases N]\n"
	"                             demo accounts (logins written to FILE), N extra staff, N audit rows,\n"
	"                             N more clients with phones, e-mails, tags, consents, interactions,\n"
	"                             N products, N purchase lines (sales, returns, summary rows), N more\n"
	"                             cases (complaints to praise) over three years with states, SLA\n"
	"                             clocks, assignees, clients and ratings; in batches\n"
	"  digest [--date YYYY-MM-DD] [--dry-run] | digest --send-only\n"
	"                             compose each staff member's day into the outbox and hand the\n"
	"                             outbox to sendmail (for cron: once a day)\n"
	"  notify                     compose an e-mail to each customer who agreed to be contacted about\n"
	"                             each public reply to their case, and hand the outbox to sendmail\n"
	"                             (for cron: every minute)\n"
	"The configuration is read from $CRM_CONFIG (default " CONFIG_DEFAULT_PATH ").\n";

const char *crmctl_opt(int argc, char **argv, const char *name, char *used)
{
	for (int i = 0; i + 1 < argc; i++)
		if (strcmp(argv[i], name) == 0) {
			used[i] = used[i + 1] = 1;
			return argv[i + 1];
		}
	return NULL;
}

int crmctl_all_used(int argc, char **argv, const char *used)
{
	for (int i = 0; i < argc; i++)
		if (!used[i]) {
			fprintf(stderr, "crmctl: unexpected argument %s\n", argv[i]);
			return -1;
		}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs(usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	struct config cfg;
	char err[512];
	if (sodium_init() < 0) {
		fprintf(stderr, "crmctl: libsodium failed to start\n");
		return 1;
	}
	if (config_load(&cfg, CONFIG_ADMIN, err, sizeof(err)) < 0) {
		fprintf(stderr, "crmctl: %s\n", err);
		return 1;
	}
	cfg.db_timeout_seconds = 3600;   /* bulk demo data and migrations take longer than a page */
	mysql_library_init(0, NULL, NULL);
	int rc;
	if (strcmp(argv[1], "migrate") == 0)
		rc = crmctl_migrate(&cfg, argc - 2, argv + 2);
	else if (strcmp(argv[1], "user") == 0)
		rc = crmctl_user(&cfg, argc - 2, argv + 2);
	else if (strcmp(argv[1], "digest") == 0)
		rc = crmctl_digest(&cfg, argc - 1, argv + 1);
	else if (strcmp(argv[1], "notify") == 0)
		rc = crmctl_notify(&cfg, argc - 1, argv + 1);
	else if (strcmp(argv[1], "demo-data") == 0)
		rc = crmctl_demo(&cfg, argc - 2, argv + 2);
	else {
		fprintf(stderr, "crmctl: unknown command %s\n%s", argv[1], usage);
		rc = 2;
	}
	mysql_library_end();
	return rc;
}
