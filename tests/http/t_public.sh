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
check "crm_public reads what the public page shows" as_public "SELECT value FROM feedback_settings WHERE name = 'company_name'"
check "crm_public cannot read the settings table itself" refused as_public "SELECT * FROM settings"
check "crm_public cannot read staff" refused as_public "SELECT username FROM staff"
check "crm_public cannot read sessions" refused as_public "SELECT * FROM sessions"
check "crm_public cannot read the audit log" refused as_public "SELECT * FROM audit_log"

# The company customers are told about: set by admins at /admin/company, shown on every public page.
pb_aj=$T/pb_admin.jar
check_eq "an admin signs in" "$(sign_in_role "$pb_aj" admin)" 303
pb_csrf=$(csrf_of "$pb_aj")
pb_post() { curl -sS -b "$pb_aj" -o "$T/b" -D "$T/h" -w '%{http_code}' --data-urlencode "csrf_token=$pb_csrf" "$@" "$BASE/admin/company"; }
pb_name0=$(db_sql "SELECT value FROM settings WHERE name='company_name'")
pb_audit0=$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='setting_update' AND field IN ('company_name', 'company_contact')")
check_eq "the company page answers an admin 200" "$(req -b "$pb_aj" "$BASE/admin/company")" 200
check_has "... with a label for the name" "$T/b" '<label for="f-company_name">Company name</label>'
check_has "... and the stored name in its field" "$T/b" "id=\"f-company_name\" name=\"company_name\" type=\"text\" value=\"$pb_name0\""
check_eq "a name and a contact line are saved (303)" \
  "$(pb_post --data-urlencode 'company_name=Tindahan <b>&</b> "Sari"' --data-urlencode 'company_contact=Tel. 02 8123 4567, 9:00-17:00')" 303
check_eq "... stored as typed" "$(db_sql "SELECT value FROM settings WHERE name='company_name'")" 'Tindahan <b>&</b> "Sari"'
check_eq "... each change audited" \
  "$(db_sql "SELECT COUNT(*) - $pb_audit0 FROM audit_log WHERE action='setting_update' AND field IN ('company_name', 'company_contact')")" 2
req -H 'Accept-Language: fil' "$BASE/feedback/" >/dev/null
check_has "the public form carries the name, escaped, at the top" "$T/b" '<div class="brand"><a href="/feedback/">Tindahan &lt;b&gt;&amp;&lt;/b&gt; &quot;Sari&quot;</a></div>'
check_has "... and in its title" "$T/b" '<title>Puna - Tindahan &lt;b&gt;'
check_has "... and the contact line under it, in the page's language" "$T/b" '<p class="contact" id="company-contact">Makipag-ugnayan sa amin: Tel. 02 8123 4567, 9:00-17:00</p>'
check_lacks "... never the markup itself" "$T/b" '<b>&</b>'
req "$BASE/feedback/status" >/dev/null
check_has "the status lookup carries the name" "$T/b" 'class="brand"><a href="/feedback/">Tindahan &lt;b&gt;'
check_eq "a receipt that does not exist is 404" "$(req "$BASE/feedback/receipt/AAAAAAAAAAAAAAAA")" 404
check_has "... and the error page carries the name too" "$T/b" 'class="brand"><a href="/feedback/">Tindahan &lt;b&gt;'
req -b "$pb_aj" "$BASE/" >/dev/null
check_lacks "staff pages keep the product's name" "$T/b" 'Tindahan'
check_eq "a name of spaces only is refused (400)" "$(pb_post --data-urlencode 'company_name=   ' --data-urlencode 'company_contact=x')" 400
check_has "... with the error next to the field" "$T/b" 'id="err-company_name"'
check_eq "a contact line of 201 characters is refused (400)" \
  "$(pb_post --data-urlencode 'company_name=Other' --data-urlencode "company_contact=$(printf 'x%.0s' $(seq 201))")" 400
check_has "... the name typed is kept in the form" "$T/b" 'id="f-company_name" name="company_name" type="text" value="Other"'
check_eq "an empty name is refused (400)" "$(pb_post --data-urlencode 'company_name=' --data-urlencode 'company_contact=')" 400
check_eq "... and nothing refused changed the name" "$(db_sql "SELECT value FROM settings WHERE name='company_name'")" 'Tindahan <b>&</b> "Sari"'
check_eq "... nor the contact line" "$(db_sql "SELECT value FROM settings WHERE name='company_contact'")" 'Tel. 02 8123 4567, 9:00-17:00'
check_eq "an empty contact line is allowed (303)" "$(pb_post --data-urlencode "company_name=$pb_name0" --data-urlencode 'company_contact=')" 303
req "$BASE/feedback/" >/dev/null
check_lacks "... and then the public pages show none" "$T/b" 'id="company-contact"'
check_has "... and the name is back" "$T/b" "class=\"brand\"><a href=\"/feedback/\">$pb_name0</a>"
