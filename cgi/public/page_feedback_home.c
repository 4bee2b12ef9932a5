/* page_feedback_home.c: the public page customers reach; the form itself arrives with the complaints issue. */
#include "pages.h"
#include "render.h"

void page_feedback_home(struct request *req)
{
	render_page(req, 200, NULL);
}
