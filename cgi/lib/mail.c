/* mail.c: compose an e-mail (plain text with an HTML alternative, RFC 5322 / MIME) and hand it to sendmail. */
#include "mail.h"
#include "parse.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define ENCODED_WORD_MAX 75      /* RFC 2047 */
#define ENCODED_WORD_OVERHEAD 12 /* "=?UTF-8?B?" and "?=" */
#define BOUNDARY_MAX 64          /* so that ` boundary="..."` fits a line; RFC 2046 allows 70 */
#define BODY_LINE_BYTES 57       /* 57 bytes are 76 base64 characters */

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* ---- Encodings ---- */

/* Appends the base64 of the n bytes at s, without line breaks. */
static void b64_encode(struct buf *out, const unsigned char *s, size_t n)
{
	char quad[4];
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		quad[0] = B64[v >> 18 & 63];
		quad[1] = B64[v >> 12 & 63];
		quad[2] = i + 1 < n ? B64[v >> 6 & 63] : '=';
		quad[3] = i + 2 < n ? B64[v & 63] : '=';
		buf_add(out, quad, 4);
	}
}

/* Appends a body as base64 lines of MAIL_LINE_MAX characters, each ending in LF (none for an empty body). */
static void b64_body(struct buf *out, const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n; i += BODY_LINE_BYTES) {
		b64_encode(out, (const unsigned char *)s + i, n - i < BODY_LINE_BYTES ? n - i : BODY_LINE_BYTES);
		buf_adds(out, "\n");
	}
}

/* Appends s to out with every byte that does not start a well-formed UTF-8 character replaced by U+FFFD. */
static void utf8_sanitize(struct buf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		size_t n = utf8_char_len(p);
		if (n == 0) {
			buf_adds(out, "\xEF\xBF\xBD");
			p++;
		} else {
			buf_add(out, (const char *)p, n);
			p += n;
		}
	}
}

/* ---- Header lines, folded at spaces ---- */

struct header_line {
	struct buf *out;
	size_t col;   /* characters on the current line so far */
};

static void header_begin(struct header_line *h, struct buf *out, const char *name_colon)
{
	h->out = out;
	h->col = strlen(name_colon);
	buf_adds(out, name_colon);
}

/* Appends " " and the n characters at s, first starting a continuation line when they do not fit on
 * this one. A token longer than a whole line still makes a line of its own (and a long one). */
static void header_token(struct header_line *h, const char *s, size_t n)
{
	if (h->col + 1 + n > MAIL_LINE_MAX) {
		buf_adds(h->out, "\n");
		h->col = 0;
	}
	buf_adds(h->out, " ");
	buf_add(h->out, s, n);
	h->col += 1 + n;
}

static void header_end(struct header_line *h)
{
	buf_adds(h->out, "\n");
}

/* Whether s can be written as words (as is, or quoted): printable ASCII, single spaces between words,
 * none at either end, and no "=?" that a reader could take for the start of an encoded-word. */
static int is_plain_words(const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p < 0x20 || *p > 0x7E)
			return 0;
		if (*p == ' ' && (p == s || p[1] == ' ' || p[1] == '\0'))
			return 0;
	}
	return strstr(s, "=?") == NULL;
}

/* Whether every space-separated word of s (as is_plain_words allows) fits: the first after what the
 * line already holds, the others on continuation lines. */
static int words_fit(const struct header_line *h, const char *s)
{
	size_t col = h->col;
	while (*s) {
		size_t n = strcspn(s, " ");
		if (col + 1 + n > MAIL_LINE_MAX)
			return 0;
		col = 0;
		s += n;
		s += *s == ' ';
	}
	return 1;
}

/* Appends each space-separated word of s as a token (folding between words where needed). */
static void header_words(struct header_line *h, const char *s)
{
	while (*s) {
		size_t n = strcspn(s, " ");
		header_token(h, s, n);
		s += n;
		s += *s == ' ';
	}
}

/* Appends s (any bytes; invalid UTF-8 becomes U+FFFD) as RFC 2047 B encoded-words, each at most
 * ENCODED_WORD_MAX characters and short enough for its line, each holding whole UTF-8 characters. */
static void header_encoded_words(struct header_line *h, const char *s)
{
	struct buf text = { 0 }, word = { 0 };
	utf8_sanitize(&text, s);
	const unsigned char *p = (const unsigned char *)(text.data ? text.data : "");
	while (*p) {
		/* room left on this line after the separating space; a 4-byte character needs 12 + 8 */
		size_t room = h->col + 1 < MAIL_LINE_MAX ? MAIL_LINE_MAX - 1 - h->col : 0;
		if (room < ENCODED_WORD_OVERHEAD + 8) {
			buf_adds(h->out, "\n");
			h->col = 0;
			room = MAIL_LINE_MAX - 1;
		}
		if (room > ENCODED_WORD_MAX)
			room = ENCODED_WORD_MAX;
		size_t max_bytes = (room - ENCODED_WORD_OVERHEAD) / 4 * 3, n = 0;
		while (p[n]) {
			size_t char_len = utf8_char_len(p + n);
			if (char_len == 0)
				char_len = 1;   /* not after utf8_sanitize; only so that the loop always ends */
			if (n + char_len > max_bytes)
				break;
			n += char_len;
		}
		buf_reset(&word);
		buf_adds(&word, "=?UTF-8?B?");
		b64_encode(&word, p, n);
		buf_adds(&word, "?=");
		header_token(h, word.data, word.len);
		p += n;
	}
	buf_free(&word);
	buf_free(&text);
}

static int is_atext(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       (c != '\0' && strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL);
}

/* Appends the display name (n bytes at name) as atoms, a quoted string or encoded-words (see mail.h). */
static void header_display_name(struct header_line *h, const char *name, size_t n)
{
	struct buf plain = { 0 }, quoted = { 0 };
	buf_add(&plain, name, n);
	if (is_plain_words(plain.data)) {
		int atoms = 1;
		for (size_t i = 0; i < n; i++)
			if (name[i] != ' ' && !is_atext(name[i]))
				atoms = 0;
		if (atoms && words_fit(h, plain.data)) {
			header_words(h, plain.data);
			goto cleanup;
		}
		buf_adds(&quoted, "\"");
		for (size_t i = 0; i < n; i++) {
			if (name[i] == '"' || name[i] == '\\')
				buf_adds(&quoted, "\\");
			buf_add(&quoted, name + i, 1);
		}
		buf_adds(&quoted, "\"");
		if (words_fit(h, quoted.data)) {   /* folding at a space inside the quotes keeps the space */
			header_words(h, quoted.data);
			goto cleanup;
		}
	}
	header_encoded_words(h, plain.data);
cleanup:
	buf_free(&quoted);
	buf_free(&plain);
}

/* Appends "Name: display-name <address>" (or "Name: address" when name_len is 0). */
static void header_mailbox(struct buf *out, const char *name_colon, const char *name, size_t name_len,
			   const char *addr, size_t addr_len)
{
	struct header_line h;
	header_begin(&h, out, name_colon);
	if (name_len == 0) {
		header_token(&h, addr, addr_len);
	} else {
		struct buf angle = { 0 };
		header_display_name(&h, name, name_len);
		buf_adds(&angle, "<");
		buf_add(&angle, addr, addr_len);
		buf_adds(&angle, ">");
		header_token(&h, angle.data, angle.len);
		buf_free(&angle);
	}
	header_end(&h);
}

/* ---- Validation ---- */

static int has_crlf(const char *s)
{
	return s != NULL && strpbrk(s, "\r\n") != NULL;
}

/* Whether the n bytes at s are an address as mail.h describes: local@domain in printable ASCII. */
static int is_address(const char *s, size_t n)
{
	size_t at = 0, ats = 0;
	if (n == 0 || n > MAIL_ADDRESS_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] <= 0x20 || s[i] > 0x7E || strchr("<>()[],;:\"\\", s[i]) != NULL)
			return 0;
		if (s[i] == '@') {
			at = i;
			ats++;
		}
	}
	return ats == 1 && at > 0 && at < n - 1;
}

static int is_message_id(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > MAIL_MESSAGE_ID_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] <= 0x20 || s[i] > 0x7E || s[i] == '<' || s[i] == '>')
			return 0;
	return 1;
}

/* Splits from ("Name <address>" or a bare address) into the name and the address, both pointing into
 * from. The name is the text before the last '<' with spaces trimmed at both ends (length 0: none). */
static void split_from(const char *from, const char **name, size_t *name_len, const char **addr, size_t *addr_len)
{
	size_t n = strlen(from);
	const char *lt = strrchr(from, '<');
	*name = from;
	*name_len = 0;
	*addr = from;
	*addr_len = n;
	if (lt == NULL || n == 0 || from[n - 1] != '>')
		return;
	*addr = lt + 1;
	*addr_len = (size_t)(from + n - 1 - *addr);
	const char *end = lt;
	while (*name < end && **name == ' ')
		(*name)++;
	while (end > *name && end[-1] == ' ')
		end--;
	*name_len = (size_t)(end - *name);
}

/* ---- The message ---- */

/* Appends "Date: Tue, 24 Nov 2026 07:00:00 +0000" for t seconds since 1970 (0 <= t <= MAIL_DATE_MAX).
 * The calendar arithmetic is H. Hinnant's civil_from_days; 1970-01-01 was a Thursday. */
static void header_date(struct buf *out, long long t)
{
	static const char *const wday[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	long long days = t / 86400, secs = t % 86400;
	long long z = days + 719468, era = z / 146097, doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
	long long day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9;
	long long year = yoe + era * 400 + (month <= 2);
	buf_printf(out, "Date: %s, %02lld %s %04lld %02lld:%02lld:%02lld +0000\n", wday[(days + 4) % 7], day,
		   mon[month - 1], year, secs / 3600, secs / 60 % 60, secs % 60);
}

/* Appends the multipart boundary for message_id: "=_alt_" and message_id with characters outside
 * RFC 2046's bchars turned into '.', cut to BOUNDARY_MAX characters. */
static void boundary_for(struct buf *out, const char *message_id)
{
	static const char bchars[] = "'()+_,-./:=?";
	buf_adds(out, "=_alt_");
	for (const char *p = message_id; *p && out->len < BOUNDARY_MAX; p++) {
		int ok = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
			 strchr(bchars, *p) != NULL;
		buf_add(out, ok ? p : ".", 1);
	}
}

int mail_compose(struct buf *out, const struct mail *m)
{
	const char *from_name, *from_addr;
	size_t from_name_len, from_addr_len;
	if (m->from == NULL || m->to == NULL || m->subject == NULL || m->text == NULL || m->html == NULL ||
	    m->message_id == NULL)
		return -1;
	if (has_crlf(m->from) || has_crlf(m->to) || has_crlf(m->to_name) || has_crlf(m->subject) ||
	    has_crlf(m->message_id))
		return -1;
	split_from(m->from, &from_name, &from_name_len, &from_addr, &from_addr_len);
	if (!is_address(from_addr, from_addr_len) || !is_address(m->to, strlen(m->to)) ||
	    !is_message_id(m->message_id) || m->date < 0 || m->date > MAIL_DATE_MAX)
		return -1;

	struct header_line h;
	struct buf boundary = { 0 }, angle = { 0 };
	boundary_for(&boundary, m->message_id);

	header_mailbox(out, "From:", from_name, from_name_len, from_addr, from_addr_len);
	header_mailbox(out, "To:", m->to_name ? m->to_name : "", m->to_name ? strlen(m->to_name) : 0,
		       m->to, strlen(m->to));
	header_begin(&h, out, "Subject:");
	if (is_plain_words(m->subject) && words_fit(&h, m->subject))
		header_words(&h, m->subject);
	else
		header_encoded_words(&h, m->subject);
	header_end(&h);
	header_date(out, m->date);
	header_begin(&h, out, "Message-ID:");
	buf_printf(&angle, "<%s>", m->message_id);
	header_token(&h, angle.data, angle.len);
	header_end(&h);
	buf_adds(out, "MIME-Version: 1.0\n");
	buf_printf(out, "Content-Type: multipart/alternative;\n boundary=\"%s\"\n\n", boundary.data);

	buf_printf(out, "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n",
		   boundary.data);
	b64_body(out, m->text);
	buf_printf(out, "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n",
		   boundary.data);
	b64_body(out, m->html);
	buf_printf(out, "--%s--\n", boundary.data);
	buf_free(&angle);
	buf_free(&boundary);
	return 0;
}

/* ---- Sendmail ---- */

static void set_err(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	if (errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* In the child: stdin from the pipe, SIGPIPE back to its default, every descriptor above 2 closed at
 * exec, then execv. On failure the errno goes to report_fd (closed by a successful exec) and the child
 * exits with 127. Only async-signal-safe calls: the parent may have threads. */
static void run_child(const char *path, int stdin_fd, int report_fd) __attribute__((noreturn));
static void run_child(const char *path, int stdin_fd, int report_fd)
{
	char opt_t[] = "-t", opt_i[] = "-i";
	char *const argv[] = { (char *)path, opt_t, opt_i, NULL };
	struct sigaction dfl;
	sigset_t pipe_set;
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(SIGPIPE, &dfl, NULL);
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	sigprocmask(SIG_UNBLOCK, &pipe_set, NULL);
	/* The pipe was made first, so if descriptor 0 was free it is stdin_fd and report_fd is not 0;
	 * dup2 onto itself would keep close-on-exec, so clear it instead. */
	if (stdin_fd == 0 ? fcntl(0, F_SETFD, 0) == 0 : dup2(stdin_fd, 0) == 0) {
		close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);   /* best effort: fails on kernels before 5.11 */
		execv(path, argv);
	}
	int e = errno;
	ssize_t ignored = write(report_fd, &e, sizeof e);
	(void)ignored;
	_exit(127);
}

/* Writes the len bytes at p to fd, retrying on EINTR, with SIGPIPE blocked in this thread; a SIGPIPE
 * the writing raised (and that was not already pending) is taken off the pending set again.
 * Returns how many bytes were written; *errnum is the errno that stopped it, or 0. */
static size_t write_all(int fd, const char *p, size_t len, int *errnum)
{
	sigset_t pipe_set, old_mask, pending;
	size_t done = 0;
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old_mask);
	sigemptyset(&pending);
	sigpending(&pending);
	int was_pending = sigismember(&pending, SIGPIPE) == 1;
	*errnum = 0;
	while (done < len) {
		ssize_t n = write(fd, p + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*errnum = errno;
			break;
		}
		done += (size_t)n;
	}
	if (*errnum == EPIPE && !was_pending) {
		struct timespec zero = { 0, 0 };
		while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR)
			;
	}
	pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
	return done;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

int mail_sendmail(const char *path, const char *msg, size_t len, char *err, size_t errlen)
{
	int in[2] = { -1, -1 }, report[2] = { -1, -1 };
	int rc = -1, exec_errno = 0, write_errno = 0, status = 0;
	size_t written = 0;
	pid_t pid;
	set_err(err, errlen, "%s", "");
	if (path == NULL || (msg == NULL && len > 0)) {
		set_err(err, errlen, "no sendmail program or no message");
		goto cleanup;
	}
	if (pipe2(in, O_CLOEXEC) != 0 || pipe2(report, O_CLOEXEC) != 0) {
		set_err(err, errlen, "cannot make a pipe: %s", strerror(errno));
		goto cleanup;
	}
	pid = fork();
	if (pid < 0) {
		set_err(err, errlen, "cannot fork: %s", strerror(errno));
		goto cleanup;
	}
	if (pid == 0)
		run_child(path, in[0], report[1]);
	close_fd(&in[0]);
	close_fd(&report[1]);

	/* the report pipe gives the child's errno if execv failed, or end of file once it succeeded */
	ssize_t got;
	do
		got = read(report[0], &exec_errno, sizeof exec_errno);
	while (got < 0 && errno == EINTR);
	if (got != (ssize_t)sizeof exec_errno)
		exec_errno = 0;
	else if (exec_errno == 0)
		exec_errno = EINVAL;
	if (exec_errno == 0)
		written = write_all(in[1], msg, len, &write_errno);
	close_fd(&in[1]);   /* end of file for the child */

	pid_t waited;
	do
		waited = waitpid(pid, &status, 0);
	while (waited < 0 && errno == EINTR);
	if (exec_errno != 0)
		set_err(err, errlen, "cannot run %s: %s", path, strerror(exec_errno));
	else if (waited < 0)
		set_err(err, errlen, "cannot wait for sendmail: %s", strerror(errno));
	else if (WIFSIGNALED(status))
		set_err(err, errlen, "sendmail killed by signal %d", WTERMSIG(status));
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		set_err(err, errlen, "sendmail exited with status %d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	else if (written < len && write_errno == EPIPE)
		set_err(err, errlen, "sendmail stopped reading after %zu of %zu bytes", written, len);
	else if (written < len)
		set_err(err, errlen, "cannot write to sendmail: %s", strerror(write_errno));
	else
		rc = 0;
cleanup:
	close_fd(&in[0]);
	close_fd(&in[1]);
	close_fd(&report[0]);
	close_fd(&report[1]);
	return rc;
}
