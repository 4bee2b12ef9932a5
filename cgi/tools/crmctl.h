/* crmctl.h: the operator's command, one file per subcommand. */
#ifndef CRM_CRMCTL_H
#define CRM_CRMCTL_H
#include "config.h"

/* Each returns the process exit status; argv[0] is the subcommand's first argument. */
int crmctl_migrate(const struct config *cfg, int argc, char **argv);
int crmctl_user(const struct config *cfg, int argc, char **argv);
int crmctl_demo(const struct config *cfg, int argc, char **argv);
/* The daily digest: each staff member's day composed into the outbox, and the outbox handed to sendmail. */
int crmctl_digest(const struct config *cfg, int argc, char **argv);
/* Customers' notices of our public replies composed into the outbox, and the outbox handed to sendmail. */
int crmctl_notify(const struct config *cfg, int argc, char **argv);

/* Returns the value after a --name option in argv, or NULL; marks both as used in used[]. */
const char *crmctl_opt(int argc, char **argv, const char *name, char *used);
/* Fails (returns -1 after printing) when an argument was not used. */
int crmctl_all_used(int argc, char **argv, const char *used);
#endif
