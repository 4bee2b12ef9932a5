/* hello.c: the bench baseline: the smallest FastCGI responder libfcgi allows (no template, no database). */
#include <fcgiapp.h>

int main(void)
{
	FCGX_Request r;
	FCGX_Init();
	FCGX_InitRequest(&r, 0, 0);
	while (FCGX_Accept_r(&r) >= 0) {
		FCGX_PutS("Status: 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
			  "Content-Length: 6\r\n\r\nhello\n", r.out);
		FCGX_Finish_r(&r);
	}
	return 0;
}
