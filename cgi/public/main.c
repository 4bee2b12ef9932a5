/* main.c: the public feedback program (feedback), a FastCGI responder with its own database account. */
#include "app.h"

extern const struct app feedback_app;

int main(int argc, char **argv)
{
	return app_main(&feedback_app, argc, argv);
}
