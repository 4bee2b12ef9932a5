/* intake.c: the public forms' signed one-time tokens, receipt codes and status keys. */
#include "intake.h"
#include "normalize.h"
#include <sodium.h>
#include <string.h>

#define TOKEN_BODY 20   /* 8 bytes of time and 12 random */
#define TOKEN_TAG 12

static const char CROCKFORD[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

static void token_tag(const unsigned char secret[INTAKE_SECRET_LEN], const unsigned char *body, unsigned char *tag)
{
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	crypto_auth_hmacsha256_state st;
	crypto_auth_hmacsha256_init(&st, secret, INTAKE_SECRET_LEN);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)"token", 5);
	crypto_auth_hmacsha256_update(&st, body, TOKEN_BODY);
	crypto_auth_hmacsha256_final(&st, mac);
	memcpy(tag, mac, TOKEN_TAG);
}

void intake_token_new(const unsigned char secret[INTAKE_SECRET_LEN], long long now, char *out)
{
	unsigned char raw[TOKEN_BODY + TOKEN_TAG];
	unsigned long long t = (unsigned long long)now;
	for (int i = 0; i < 8; i++)
		raw[i] = (unsigned char)(t >> (56 - 8 * i));
	randombytes_buf(raw + 8, TOKEN_BODY - 8);
	token_tag(secret, raw, raw + TOKEN_BODY);
	sodium_bin2hex(out, INTAKE_TOKEN_LEN + 1, raw, sizeof(raw));
}

int intake_token_check(const unsigned char secret[INTAKE_SECRET_LEN], const char *token, long long *issued)
{
	unsigned char raw[TOKEN_BODY + TOKEN_TAG], tag[TOKEN_TAG];
	size_t n = 0;
	if (token == NULL || strlen(token) != INTAKE_TOKEN_LEN || strspn(token, "0123456789abcdef") != INTAKE_TOKEN_LEN ||
	    sodium_hex2bin(raw, sizeof(raw), token, INTAKE_TOKEN_LEN, NULL, &n, NULL) != 0 || n != sizeof(raw))
		return -1;
	token_tag(secret, raw, tag);
	if (sodium_memcmp(tag, raw + TOKEN_BODY, TOKEN_TAG) != 0)
		return -1;
	unsigned long long t = 0;
	for (int i = 0; i < 8; i++)
		t = t << 8 | raw[i];
	*issued = (long long)t;
	return 0;
}

void intake_receipt_code(const unsigned char secret[INTAKE_SECRET_LEN], const char *token, char *out)
{
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	crypto_auth_hmacsha256_state st;
	crypto_auth_hmacsha256_init(&st, secret, INTAKE_SECRET_LEN);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)"receipt", 7);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)token, strlen(token));
	crypto_auth_hmacsha256_final(&st, mac);
	/* 80 bits, five at a time */
	for (int i = 0; i < RECEIPT_CODE_LEN; i++) {
		int bit = i * 5, v = 0;
		for (int b = 0; b < 5; b++, bit++)
			v = v << 1 | ((mac[bit / 8] >> (7 - bit % 8)) & 1);
		out[i] = CROCKFORD[v];
	}
	out[RECEIPT_CODE_LEN] = '\0';
}

void intake_receipt_shown(const char *code, char *out)
{
	size_t o = 0;
	for (int i = 0; i < RECEIPT_CODE_LEN && code[i]; i++) {
		if (i && i % 4 == 0)
			out[o++] = '-';
		out[o++] = code[i];
	}
	out[o] = '\0';
}

int intake_receipt_parse(const char *in, size_t len, char *out)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		char c = in[i];
		if (c == ' ' || c == '-')
			continue;
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c == 'O')
			c = '0';
		else if (c == 'I' || c == 'L')
			c = '1';
		if (c == '\0' || strchr(CROCKFORD, c) == NULL || n == RECEIPT_CODE_LEN)
			return -1;
		out[n++] = c;
	}
	if (n != RECEIPT_CODE_LEN)
		return -1;
	out[n] = '\0';
	return 0;
}

static void sha256_hex(const unsigned char *p, size_t n, char *out)
{
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, p, n);
	sodium_bin2hex(out, INTAKE_HASH_LEN + 1, h, sizeof(h));
}

void intake_receipt_hash(const char *code, char *out)
{
	sha256_hex((const unsigned char *)code, strlen(code), out);
}

void intake_status_key(const char *code, const char *contact, char *out)
{
	crypto_hash_sha256_state st;
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256_init(&st);
	crypto_hash_sha256_update(&st, (const unsigned char *)code, strlen(code));
	crypto_hash_sha256_update(&st, (const unsigned char *)":", 1);
	crypto_hash_sha256_update(&st, (const unsigned char *)contact, strlen(contact));
	crypto_hash_sha256_final(&st, h);
	sodium_bin2hex(out, INTAKE_HASH_LEN + 1, h, sizeof(h));
}

void intake_hash(const char *s, char *out)
{
	sha256_hex((const unsigned char *)s, strlen(s), out);
}

int intake_keys(const unsigned char secret[INTAKE_SECRET_LEN], const char *token, const char *email,
		const char *phone, const char *country, struct intake_keys *k)
{
	memset(k, 0, sizeof(*k));
	intake_receipt_code(secret, token, k->code);
	intake_receipt_hash(k->code, k->hash);
	if (email && email[0]) {
		if (normalize_email(email, k->email_norm, sizeof(k->email_norm)) != 0)
			return -1;
		intake_status_key(k->code, k->email_norm, k->key_email);
	}
	if (phone && phone[0]) {
		if (normalize_phone(phone, country, k->phone_norm) != 0)
			return -1;
		intake_status_key(k->code, k->phone_norm, k->key_phone);
	}
	return 0;
}
