/* mail.h: compose an e-mail (plain text with an HTML alternative) and hand it to the local sendmail.
 * mail_compose appends the message to a struct buf the caller owns and frees with buf_free;
 * mail_sendmail runs the sendmail program on it. Nothing here allocates memory the caller must free
 * other than what lands in that buf. */
#ifndef CRM_MAIL_H
#define CRM_MAIL_H
#include <stddef.h>
#include "buf.h"

#define MAIL_LINE_MAX 76         /* longest line written (header or body), not counting the LF */
#define MAIL_ADDRESS_MAX 254     /* longest address accepted (RFC 5321) */
#define MAIL_MESSAGE_ID_MAX 250  /* longest message_id accepted */
#define MAIL_DATE_MAX 253402300799LL   /* 9999-12-31 23:59:59 UTC */

struct mail {
	const char *from;        /* required: "CRM <crm@example.com>" or a bare address; the text before
				  * '<' (spaces around it trimmed) is a display name, taken as text
				  * (UTF-8), and quoted or encoded like to_name */
	const char *to;          /* required: one bare address */
	const char *to_name;     /* display name (UTF-8), or NULL or "" for none */
	const char *subject;     /* required (UTF-8), may be "" */
	const char *text;        /* required: the plain text body (UTF-8), sent byte for byte */
	const char *html;        /* required: the HTML body (UTF-8, already escaped by the caller), byte for byte */
	const char *message_id;  /* required, without angle brackets, e.g. "digest-2026-11-24-7@crm.example" */
	long long date;          /* Unix seconds, 0..MAIL_DATE_MAX, for the Date: header (written in UTC) */
};

/* Appends the whole RFC 5322 / MIME message to out, with LF line endings (for the local sendmail,
 * which converts them):
 *   From, To, Subject, Date ("Tue, 24 Nov 2026 07:00:00 +0000", English names whatever the locale),
 *   Message-ID (<message_id>), MIME-Version: 1.0,
 *   Content-Type: multipart/alternative; boundary="=_alt_" + message_id with every character that may
 *   not appear in a boundary (such as '@') turned into '.', cut to 64 characters. A boundary line
 *   starts with "--", which no base64 line can, so it never occurs in the parts.
 *   Then a text/plain; charset=utf-8 part and a text/html; charset=utf-8 part, each
 *   Content-Transfer-Encoding: base64 in lines of MAIL_LINE_MAX characters (57 bytes) and a shorter last
 *   one (none for an empty body), and the closing boundary.
 * The subject is written as is when it is printable ASCII (0x20..0x7E) with single spaces between
 * words, none at either end, no "=?" and no word too long to fold; otherwise it is written as RFC 2047
 * encoded-words (=?UTF-8?B?...?=), each at most 75 characters, each holding whole UTF-8 characters, one
 * to a line after the first. A display name is written as atoms when it is letters, digits, the other
 * atext characters and single spaces (Ana Reyes), as a quoted string when it is other printable ASCII
 * ("Reyes, Ana"), otherwise as encoded-words. Invalid UTF-8 in the subject or a display name becomes
 * U+FFFD. Header lines are folded at spaces to at most MAIL_LINE_MAX characters; only an address or
 * message id too long to fit on a line of its own makes a longer one.
 * Returns 0, or -1 with nothing appended when a required field is NULL, a header value (from, to,
 * to_name, subject, message_id) contains CR or LF, an address is empty, longer than MAIL_ADDRESS_MAX,
 * not local@domain or holds a character outside printable ASCII, a space or one of <>()[],;:"\,
 * message_id is empty, longer than MAIL_MESSAGE_ID_MAX or holds a character outside printable ASCII,
 * a space, '<' or '>', or the date is outside 0..MAIL_DATE_MAX. */
int mail_compose(struct buf *out, const struct mail *m);

/* Runs `path -t -i` directly (fork and execv, no shell), writes the len bytes of msg to its standard
 * input, closes it and waits for the program to end. The child gets the default action for SIGPIPE and
 * none of the caller's descriptors other than 0, 1 and 2. SIGPIPE is blocked in the calling thread
 * while writing (a reader that goes away early is an EPIPE failure, not a crash) and a SIGPIPE raised
 * by that write is discarded; EINTR is retried. The caller must not have SIGCHLD set to SIG_IGN.
 * Returns 0 when the program exited with status 0 and took the whole message; otherwise -1 with a
 * one-line reason in err (cut to errlen bytes, always NUL-terminated when errlen > 0), such as
 * "sendmail exited with status 75", "cannot run /x: No such file or directory", "sendmail killed by
 * signal 9" or "sendmail stopped reading after 65536 of 1048576 bytes" (also when path is NULL, or msg
 * is NULL with len > 0). err is "" on success; err may be NULL when errlen is 0. */
int mail_sendmail(const char *path, const char *msg, size_t len, char *err, size_t errlen);
#endif
