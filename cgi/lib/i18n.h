/* i18n.h: the interface languages (en, fil, ms): their strings, loaded once per worker, and choosing one. */
#ifndef CRM_I18N_H
#define CRM_I18N_H
#include <ClearSilver.h>

#define I18N_LANGS 3
extern const char *const i18n_langs[I18N_LANGS];   /* "en", "fil", "ms" */

/* Loads templates_dir/lang/{en,fil,ms}.hdf. Returns 0, or -1 after logging. Kept for the process. */
int i18n_init(const char *templates_dir);
/* The language's strings (the "Lang" tree), or NULL before i18n_init. */
HDF *i18n_hdf(const char *lang);
/* A string by key below Lang ("err.required"); the key itself when missing. */
const char *i18n_text(const char *lang, const char *key);
/* Best of en/fil/ms for an Accept-Language header (tl counts as fil); fallback when none fits. */
const char *i18n_from_accept(const char *accept_language, const char *fallback);
/* The canonical static string for a valid language code, or NULL. */
const char *i18n_lang(const char *code);
void i18n_free(void);
#endif
