/* log.c: timestamped log lines; incident ids tie a user's error page to a log line. */
#include "log.h"
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static FILE *log_fp;

void log_open(const char *path)
{
	if (path && path[0]) {
		log_fp = fopen(path, "a");
		if (log_fp)
			setvbuf(log_fp, NULL, _IOLBF, 0);
	}
}

static void log_v(const char *id, const char *fmt, va_list ap)
{
	FILE *f = log_fp ? log_fp : stderr;
	char ts[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
	fprintf(f, "%s [%ld] ", ts, (long)getpid());
	if (id)
		fprintf(f, "incident %s: ", id);
	vfprintf(f, fmt, ap);
	fputc('\n', f);
	fflush(f);
}

void log_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	log_v(NULL, fmt, ap);
	va_end(ap);
}

void log_incident(char id[13], const char *fmt, ...)
{
	unsigned char raw[6];
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(id, 13, raw, sizeof(raw));
	va_list ap;
	va_start(ap, fmt);
	log_v(id, fmt, ap);
	va_end(ap);
}
