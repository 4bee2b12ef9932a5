/* password.h: staff password hashing with libsodium argon2id (INTERACTIVE limits). */
#ifndef CRM_PASSWORD_H
#define CRM_PASSWORD_H
#include <sodium.h>
#include <stddef.h>

/* Hashes pw[0..len) exactly as typed into out. 0, or -1 when out of memory. */
int password_hash(const char *pw, size_t len, char out[crypto_pwhash_STRBYTES]);
/* 1 when pw matches hash, else 0. */
int password_verify(const char *hash, const char *pw, size_t len);
/* Spends the same time as a verify, for unknown users (no enumeration by timing). */
void password_verify_dummy(const char *pw, size_t len);
#endif
