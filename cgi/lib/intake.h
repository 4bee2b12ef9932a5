/* intake.h: what makes a customer's submission stored once and readable only by them: the public
 * forms' one-time tokens (issued by the server, dated, signed with the installation's secret), the
 * receipt code derived from a form's token, and the keys a customer reads their case by. Pure
 * (libsodium's HMAC-SHA-256, SHA-256 and random bytes; the program calls sodium_init first). */
#ifndef CRM_INTAKE_H
#define CRM_INTAKE_H
#include <stddef.h>

#define INTAKE_SECRET_LEN 32
#define INTAKE_TOKEN_LEN 64          /* lower-case hex digits */
#define RECEIPT_CODE_LEN 16          /* Crockford base32 characters: 80 bits */
#define RECEIPT_SHOWN_LEN 19         /* "XXXX-XXXX-XXXX-XXXX" */
#define INTAKE_HASH_LEN 64           /* hex SHA-256 */

/* A new token issued at Unix time now: the time (8 bytes, big-endian), 12 random bytes and a 12-byte
 * tag, the HMAC under secret of "token" followed by the 20 bytes before it, as 64 hex digits into
 * out[INTAKE_TOKEN_LEN + 1]. */
void intake_token_new(const unsigned char secret[INTAKE_SECRET_LEN], long long now, char *out);
/* Checks a token: 0 with *issued (not NULL) set when it is 64 lower-case hex digits whose tag
 * matches (compared in constant time), -1 otherwise. */
int intake_token_check(const unsigned char secret[INTAKE_SECRET_LEN], const char *token, long long *issued);
/* The receipt code of a (checked) token: 16 Crockford base32 characters of the first 80 bits of the
 * HMAC under secret of "receipt" followed by the token's text, into out[RECEIPT_CODE_LEN + 1]. The same token always gives the same code; without the secret
 * no code can be guessed from another. */
void intake_receipt_code(const unsigned char secret[INTAKE_SECRET_LEN], const char *token, char *out);
/* The code as shown: groups of four with dashes, into out[RECEIPT_SHOWN_LEN + 1]. */
void intake_receipt_shown(const char *code, char *out);
/* Reads a code as a customer may type it (any case, ASCII spaces and dashes anywhere, O for 0, I and
 * L for 1) into out[RECEIPT_CODE_LEN + 1]: 0, or -1 (out then holds nothing usable) when it is not 16
 * such characters. */
int intake_receipt_parse(const char *in, size_t len, char *out);
/* Hex SHA-256 of the code: what the case is stored under, into out[INTAKE_HASH_LEN + 1]. */
void intake_receipt_hash(const char *code, char *out);
/* Hex SHA-256 of "code:contact" (contact: a normalised e-mail or phone), into
 * out[INTAKE_HASH_LEN + 1]: what the customer reads the case by. */
void intake_status_key(const char *code, const char *contact, char *out);
/* What a case is stored under: its receipt code (from the form's token) and the code's hash, the
 * customer's e-mail and phone normalised, and the keys of the code with each of them. */
struct intake_keys {
	char code[RECEIPT_CODE_LEN + 1], hash[INTAKE_HASH_LEN + 1];
	char email_norm[256], phone_norm[24];
	char key_email[INTAKE_HASH_LEN + 1], key_phone[INTAKE_HASH_LEN + 1];   /* "" when not given */
};
/* Fills k from a checked token and the e-mail and phone as typed (either may be "": no key);
 * country is the calling code for local phone numbers. 0, or -1 when a given e-mail or phone does
 * not normalise (nobody could find the case by it). */
int intake_keys(const unsigned char secret[INTAKE_SECRET_LEN], const char *token, const char *email,
		const char *phone, const char *country, struct intake_keys *k);
/* Hex SHA-256 of any text (a follow-up form's token, stored to make it count once). */
void intake_hash(const char *s, char *out);
#endif
