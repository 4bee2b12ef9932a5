/* fuzz_intake.c: libFuzzer target for what the public program reads from customers' requests
 * besides the request itself (cgi/lib/intake.c): receipt codes as typed (intake_receipt_parse) and
 * form tokens (intake_token_check). Build and run with tests/fuzz/run.sh.
 * A code accepted must be 16 characters of the Crockford alphabet that parse to themselves, also
 * when shown in groups; a token must never be accepted unless the fuzzer found the secret's tag
 * (it cannot): tokens made with intake_token_new must be, with the time they carry. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sodium.h>
#include "intake.h"

static const char ALPHABET[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

static void die(const char *what)
{
	fprintf(stderr, "fuzz_intake: invariant broken: %s\n", what);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static unsigned char secret[INTAKE_SECRET_LEN];
	static int ready;
	if (!ready) {
		if (sodium_init() < 0)
			die("sodium_init");
		memset(secret, 0x5a, sizeof(secret));
		ready = 1;
	}
	char code[RECEIPT_CODE_LEN + 1], again[RECEIPT_CODE_LEN + 1], shown[RECEIPT_SHOWN_LEN + 1];
	if (intake_receipt_parse((const char *)data, size, code) == 0) {
		if (strlen(code) != RECEIPT_CODE_LEN || strspn(code, ALPHABET) != RECEIPT_CODE_LEN)
			die("an accepted code is not 16 Crockford characters");
		intake_receipt_shown(code, shown);
		if (intake_receipt_parse(shown, strlen(shown), again) != 0 || strcmp(code, again) != 0)
			die("the shown form of a code does not parse back to it");
	}
	char *token = malloc(size + 1);
	if (token == NULL)
		return 0;
	memcpy(token, data, size);
	token[size] = '\0';
	long long issued = 0;
	if (intake_token_check(secret, token, &issued) == 0)
		die("a token the fuzzer made was accepted");
	free(token);
	/* a real token is accepted with its time, and its receipt code is well formed */
	long long now = 0;
	for (size_t i = 0; i < size && i < 5; i++)
		now = now << 8 | data[i];
	char real[INTAKE_TOKEN_LEN + 1];
	intake_token_new(secret, now, real);
	if (intake_token_check(secret, real, &issued) != 0 || issued != now)
		die("a token intake_token_new made is refused or carries another time");
	intake_receipt_code(secret, real, code);
	if (strspn(code, ALPHABET) != RECEIPT_CODE_LEN)
		die("a receipt code is not 16 Crockford characters");
	return 0;
}
