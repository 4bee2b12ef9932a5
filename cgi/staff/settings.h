/* settings.h: writing named settings (the settings table), each change audited, in one transaction. */
#ifndef CRM_STAFF_SETTINGS_H
#define CRM_STAFF_SETTINGS_H
#include "request.h"
#include "db.h"

/* Sets names[i] to values[i] for i < n with one audit row each, all or nothing (settings_write
 * in a transaction of its own; settings_store in the caller's). */
enum db_status settings_store(struct request *req, const char *const *names, const char *const *values, size_t n);
enum db_status settings_write(struct request *req, const char *const *names, const char *const *values, size_t n);
#endif
