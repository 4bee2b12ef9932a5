/* config.h: the one configuration file (CRM_CONFIG or /etc/crm/crm.conf), read once per process. */
#ifndef CRM_CONFIG_H
#define CRM_CONFIG_H
#include <stddef.h>

struct config {
	char db_socket[512];
	char db_name[65];
	char db_user[65];          /* the account this program connects as (set by config_load's role) */
	char db_password[256];     /* read from the file the config names */
	char db_admin_user[65];
	char db_app_user[65];
	char db_public_user[65];
	char db_app_password[256];     /* read only for CONFIG_ADMIN (crmctl creates the accounts) */
	char db_public_password[256];  /* likewise */
	char currency[4];          /* PHP, MYR, USD */
	char default_language[4];  /* en, fil, ms */
	char templates_dir[512];
	char sql_dir[512];
	char log_file[512];
	int db_timeout_seconds;         /* read/write timeout of a query (10; crmctl raises it) */
	int session_idle_minutes;
	int session_max_hours;
	int login_max_failures_user;    /* per account in the window */
	int login_max_failures_addr;    /* per client address in the window */
	int login_window_minutes;
	/* The daily digest (crmctl digest). */
	char mail_from[256];       /* its From: "CRM <crm@example.com>" or an address (crm@localhost) */
	char sendmail[512];        /* absolute path of the local sendmail; "" leaves messages in the outbox */
	char base_url[512];        /* http(s)://host[/path] of the staff program for links, no trailing
				    * slash; "" for no links */
	char public_url[512];      /* the same of the public program as customers reach it (the address
				    * before /feedback/), for the links in their notices; "" for none */
};

enum config_account { CONFIG_APP, CONFIG_PUBLIC, CONFIG_ADMIN };

#define CONFIG_DEFAULT_PATH "/etc/crm/crm.conf"

/* Reads the file named by $CRM_CONFIG (or the default) into cfg and the password of the given
 * account. Returns 0, or -1 after writing the reason to err (size errlen). Allocates nothing. */
int config_load(struct config *cfg, enum config_account account, char *err, size_t errlen);
#endif
