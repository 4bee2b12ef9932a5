/* log.h: one line per event to the configured log file (or stderr); incidents get an id users can quote. */
#ifndef CRM_LOG_H
#define CRM_LOG_H

/* Opens path for appending (stderr when empty or unopenable). Once per process. */
void log_open(const char *path);
void log_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Makes a fresh 12-hex-digit incident id in id[13] and logs "incident ID: message". */
void log_incident(char id[13], const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#endif
