# t_public.sh: the public program: languages from Accept-Language and the switch; least privilege of both accounts.
check_eq "the public page answers 200" "$(req "$BASE/feedback/")" 200
check_has "... in English by default" "$T/b" '<html lang="en">'
check_has "... with a visible language switch" "$T/b" 'href="\?lang=fil"'
check_eq "/feedback redirects to /feedback/" "$(status_of "$BASE/feedback")" 301
req -H 'Accept-Language: fil-PH,fil;q=0.9,en;q=0.5' "$BASE/feedback/" >/dev/null
check_has "Accept-Language fil-PH gives Filipino" "$T/b" '<html lang="fil">'
check_has "... with Filipino text" "$T/b" '<h1>Puna</h1>'
req -H 'Accept-Language: ms-MY' "$BASE/feedback/" >/dev/null
check_has "Accept-Language ms-MY gives Malay" "$T/b" '<h1>Maklum balas</h1>'
req -H 'Accept-Language: ms-MY' "$BASE/feedback/?lang=en" >/dev/null
check_has "the switch wins over Accept-Language" "$T/b" '<html lang="en">'
check_eq "a language outside the list is 400" "$(req "$BASE/feedback/?lang=xx")" 400
check_has "... and the error page is in the visitor's language" <(curl -s -H 'Accept-Language: ms' "$BASE/feedback/?lang=xx") 'Ralat 400'
check_eq "the public program does not serve staff pages" "$(status_of "$BASE/feedback/admin/staff")" 404
req -H 'Accept-Language: fil' "$BASE/login" >/dev/null
check_has "the sign-in page follows Accept-Language too" "$T/b" '<html lang="fil">'

# Least privilege, asked of MariaDB itself.
as_app() { mariadb --no-defaults -S "$VAR/run/mysql.sock" -ucrm_app -p"$(cat "$VAR/secrets/app")" -N -B crm -e "$1"; }
refused() { ! "$@"; }
as_public() { mariadb --no-defaults -S "$VAR/run/mysql.sock" -ucrm_public -p"$(cat "$VAR/secrets/public")" -N -B crm -e "$1"; }
check "crm_app reads staff" as_app "SELECT COUNT(*) FROM staff"
check "crm_app cannot create tables (no DDL)" refused as_app "CREATE TABLE t_evil (a INT)"
check "crm_app cannot drop tables" refused as_app "DROP TABLE audit_log"
check "crm_app cannot rewrite the audit log" refused as_app "DELETE FROM audit_log"
check "crm_app cannot read the migration record" refused as_app "SELECT * FROM schema_migrations"
check "crm_public reads what the public page shows" as_public "SELECT value FROM company_info"
check "crm_public cannot read staff" refused as_public "SELECT username FROM staff"
check "crm_public cannot read sessions" refused as_public "SELECT * FROM sessions"
check "crm_public cannot read the audit log" refused as_public "SELECT * FROM audit_log"
