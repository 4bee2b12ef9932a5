/* main.c: the staff program (crm), a FastCGI responder. */
#include "app.h"

extern const struct app staff_app;

int main(int argc, char **argv)
{
	return app_main(&staff_app, argc, argv);
}
