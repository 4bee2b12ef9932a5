/* password.c: argon2id hashing and verification of staff passwords. */
#include "password.h"
#include <string.h>

int password_hash(const char *pw, size_t len, char out[crypto_pwhash_STRBYTES])
{
	return crypto_pwhash_str(out, pw, len, crypto_pwhash_OPSLIMIT_INTERACTIVE,
				 crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0 ? 0 : -1;
}

int password_verify(const char *hash, const char *pw, size_t len)
{
	return crypto_pwhash_str_verify(hash, pw, len) == 0;
}

void password_verify_dummy(const char *pw, size_t len)
{
	/* A hash of random bytes with the same limits, made once per process. */
	static char dummy[crypto_pwhash_STRBYTES];
	if (dummy[0] == '\0') {
		unsigned char rnd[32];
		randombytes_buf(rnd, sizeof(rnd));
		if (password_hash((const char *)rnd, sizeof(rnd), dummy) < 0)
			return;
	}
	(void)password_verify(dummy, pw, len);
}
