# t_clients.sh: clients: the quick form (normalised phone and e-mail, validation), the duplicate check,
# the client page, escaping, the full edit with its audit, who may change a client, interactions and
# follow-ups, and the list (search by words, phone and e-mail; filters; keyset pages; cursors).
# Names carry this run's tag so that rows from an earlier run on the same stack do not match.
cl_tag=$(tr -dc 'a-z' </dev/urandom | head -c 6)

# cl_login JAR USERNAME PASSWORD: signs in, keeps the session's CSRF token in JAR.tok; prints the status.
cl_login() { rm -f "$1"; local s; s=$(sign_in "$1" "$2" "$3"); csrf_of "$1" >"$1.tok"; echo "$s"; }
# cl_post JAR URL NAME=VALUE...: a form POST with the jar's CSRF token, every value URL-encoded.
cl_post() {
  local jar=$1 url=$2 kv; shift 2
  local a=(--data-urlencode "csrf_token=$(cat "$jar.tok")")
  for kv; do a+=(--data-urlencode "$kv"); done
  req -b "$jar" "${a[@]}" "$BASE$url"
}
# cl_new JAR KIND NAME=VALUE...: the quick form (first contact through walk_in unless given).
cl_new() {
  local jar=$1 kind=$2; shift 2
  case " $* " in *" source_channel="*) ;; *) set -- "$@" source_channel=walk_in ;; esac
  cl_post "$jar" /clients/new "kind=$kind" "$@"
}
cl_loc_id() { header Location | sed -n 's#^/clients/\([0-9][0-9]*\)$#\1#p'; }
cl_count() { db_sql "SELECT COUNT(*) FROM clients"; }
# cl_ids [FILE]: the client ids a page links to, in page order.
cl_ids() { grep -o 'href="/clients/[0-9]*"' "${1:-$T/b}" | sed 's/[^0-9]//g'; }
cl_list() { req -b "$1" "$BASE/clients?$2" >/dev/null; cl_ids | sort -n | tr '\n' ' '; }
cl_db_ids() { db_sql "$1" | sort -n | tr '\n' ' '; }
cl_staff_id() { db_sql "SELECT id FROM staff WHERE username='$1'"; }
# cl_form_fields FILE: the fields of the client edit form as a browser sends them, one NAME=VALUE a line.
cl_form_fields() {
  awk '
    function attr(s, a) { if (match(s, a "=\"[^\"]*\"")) return substr(s, RSTART + length(a) + 2, RLENGTH - length(a) - 3); return "" }
    function unesc(s) { gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&#39;/, "\047", s); gsub(/&amp;/, "\\&", s); return s }
    /<form method="post" action="\/clients\/[0-9]+\/edit"/ { inform = 1; next }
    inform && /<\/form>/ { inform = 0 }
    !inform { next }
    /<input / { n = attr($0, "name"); if (n != "csrf_token") print n "=" unesc(attr($0, "value")) }
    /<select / { sel = attr($0, "name"); first = ""; hasfirst = 0; chosen = 0 }
    sel != "" && /<option / { v = attr($0, "value"); if (!hasfirst) { first = v; hasfirst = 1 }
                              if ($0 ~ / selected>/) { print sel "=" unesc(v); chosen = 1 } }
    sel != "" && /<\/select>/ { if (!chosen) print sel "=" unesc(first); sel = "" }
    /<textarea / { t = $0; sub(/^[^>]*>/, "", t); sub(/<\/textarea>.*$/, "", t); print attr($0, "name") "=" unesc(t) }
  ' "$1"
}
# cl_edit JAR ID NAME=VALUE...: posts client ID's edit form as the admin sees it, with these fields
# changed (NAME= empties a field), signed in through JAR.
cl_edit() {
  local jar=$1 id=$2 kv; shift 2
  curl -sS -b "$cl_aj" -o "$T/cl_form.html" "$BASE/clients/$id/edit"
  local -A over=()
  local order=()
  for kv; do over[${kv%%=*}]=${kv#*=}; done
  local fields=()
  while IFS= read -r kv; do
    local n=${kv%%=*}
    if [ -n "${over[$n]+x}" ]; then fields+=("$n=${over[$n]}"); unset "over[$n]"; else fields+=("$kv"); fi
  done < <(cl_form_fields "$T/cl_form.html")
  for kv in "${!over[@]}"; do fields+=("$kv=${over[$kv]}"); done
  cl_post "$jar" "/clients/$id/edit" "${fields[@]}"
}
cl_audit() {   # cl_audit ACTION ID [FIELD]: "old|new" of the latest such audit row (or the count without FIELD)
  if [ $# -eq 3 ]; then
    db_sql "SELECT CONCAT(COALESCE(old_value,''), '|', COALESCE(new_value,'')) FROM audit_log WHERE action='$1' AND entity='client' AND entity_id=$2 AND field='$3' ORDER BY id DESC LIMIT 1"
  else
    db_sql "SELECT COUNT(*) FROM audit_log WHERE action='$1' AND entity='client' AND entity_id=$2"
  fi
}

read -r cl_admin_user _ < <(login_of admin)
read -r cl_agent_user _ < <(login_of agent)
cl_admin_id=$(cl_staff_id "$cl_admin_user")
cl_agent_id=$(cl_staff_id "$cl_agent_user")
cl_aj=$T/cl_admin.jar
check_eq "clients: the admin signs in" "$(cl_login "$cl_aj" $(login_of admin))" 303
cl_mj=$T/cl_manager.jar
check_eq "clients: the manager signs in" "$(cl_login "$cl_mj" $(login_of manager))" 303
cl_gj=$T/cl_agent.jar
check_eq "clients: the agent signs in" "$(cl_login "$cl_gj" $(login_of agent))" 303
cl_bj=$T/cl_agent_b.jar
cl_b_user=cl.b.$cl_tag
check_eq "a second agent is created through the admin form" \
  "$(cl_post "$cl_aj" /admin/staff/new "username=$cl_b_user" "full_name=Bea Second $cl_tag" role=agent language=en 'password=second agent secret')" 303
check_eq "... and signs in" "$(cl_login "$cl_bj" "$cl_b_user" 'second agent secret')" 303
cl_b_id=$(cl_staff_id "$cl_b_user")
db_sql "INSERT IGNORE INTO segments (name) VALUES ('Retail'),('VIP')"
cl_vip=$(db_sql "SELECT id FROM segments WHERE name='VIP'")
cl_today=$(db_sql "SELECT CURDATE()")

# --- Quick create -------------------------------------------------------------------------------
cl_reyes=Reyes$cl_tag
check_eq "the quick form answers 200" "$(req -b "$cl_aj" "$BASE/clients/new")" 200
check_has "... with a labelled phone field" "$T/b" '<label for="f-phone1">'
cl_n=$(cl_count)
check_eq "quick create of a person answers 303" \
  "$(cl_new "$cl_aj" person given_name=Ana "family_name=$cl_reyes" 'phone1=0917 123 4567' phone1_kind=mobile \
     email1=Ana.Reyes@Example.COM 'city=Quezon City' source_channel=phone 'notes=Asked about prices')" 303
cl_ana=$(cl_loc_id)
check "... to the new client's page" test -n "$cl_ana"
check_eq "... one client more" "$(cl_count)" $((cl_n + 1))
check_eq "... stored with the name, city and status prospect" \
  "$(db_sql "SELECT CONCAT_WS('|', kind, given_name, family_name, sort_name, city, status, source_channel) FROM clients WHERE id=$cl_ana")" \
  "person|Ana|$cl_reyes|$cl_reyes Ana|Quezon City|prospect|phone"
check_eq "... the phone as typed and normalised" \
  "$(db_sql "SELECT CONCAT(number, '|', normalized, '|', kind) FROM client_phones WHERE client_id=$cl_ana")" \
  "0917 123 4567|639171234567|mobile"
check_eq "... the e-mail as typed and lower-cased" \
  "$(db_sql "SELECT CONCAT(email, '|', normalized) FROM client_emails WHERE client_id=$cl_ana")" \
  "Ana.Reyes@Example.COM|ana.reyes@example.com"
check_eq "... the creator is the account manager" \
  "$(db_sql "SELECT CONCAT(manager_id, '|', created_by) FROM clients WHERE id=$cl_ana")" "$cl_admin_id|$cl_admin_id"
check_eq "... its list row has the name words" \
  "$(db_sql "SELECT CONCAT_WS('|', sort_name, phone, email, words) FROM client_list WHERE client_id=$cl_ana")" \
  "Reyes$cl_tag Ana|0917 123 4567|Ana.Reyes@Example.COM| ana reyes$cl_tag"
check_eq "... and the search has a key for each word and for the pair" \
  "$(db_sql "SELECT GROUP_CONCAT(k ORDER BY k SEPARATOR '|') FROM client_search WHERE client_id=$cl_ana")" "ana|ana rey|rey"
check_eq "... with an audit row client_create by the admin" \
  "$(db_sql "SELECT COUNT(*) FROM audit_log WHERE action='client_create' AND entity='client' AND entity_id=$cl_ana AND staff_id=$cl_admin_id")" 1

cl_n=$(cl_count)
check_eq "a person without any name is refused (400)" \
  "$(cl_new "$cl_aj" person given_name= family_name= 'phone1=0917 765 4321' phone1_kind=mobile 'city=Pasig City')" 400
check_has "... with the message next to the field" "$T/b" 'id="err-family_name">Enter a given name or a family name'
check_has "... the field marked invalid" "$T/b" 'name="family_name"[^>]*aria-invalid="true"'
check_has "... keeping what was typed" "$T/b" 'value="0917 765 4321"'
check_eq "a company without a company name is refused (400)" \
  "$(cl_new "$cl_aj" company given_name=Juan "family_name=$cl_reyes" company_name= 'city=Pasig City')" 400
check_has "... with the message next to the company name" "$T/b" 'id="err-company_name">This field is required'
check_eq "a phone with letters is refused (400)" \
  "$(cl_new "$cl_aj" person given_name=Bad "family_name=Phone$cl_tag" 'phone1=0917 CALL NOW' phone1_kind=mobile)" 400
check_has "... with the message next to the phone" "$T/b" 'id="err-phone1">'
check_eq "a phone without its type is refused (400)" \
  "$(cl_new "$cl_aj" person given_name=Bad "family_name=Phone$cl_tag" 'phone1=0917 765 4321' phone1_kind=)" 400
check_has "... with the message next to the phone type" "$T/b" 'id="err-phone1_kind">'
check_eq "an e-mail with two @ is refused (400)" \
  "$(cl_new "$cl_aj" person given_name=Bad "family_name=Mail$cl_tag" email1=ana@@example.com)" 400
check_has "... with the message next to the e-mail" "$T/b" 'id="err-email1">Enter an e-mail address'
check_eq "an e-mail without a dot in the domain is refused (400)" \
  "$(cl_new "$cl_aj" person given_name=Bad "family_name=Mail$cl_tag" email1=ana@localhost)" 400
check_eq "a kind outside the list is refused (400)" \
  "$(cl_new "$cl_aj" robot given_name=Bad "family_name=Kind$cl_tag")" 400
check_eq "a source channel outside the list is refused (400)" \
  "$(cl_new "$cl_aj" person given_name=Bad "family_name=Kind$cl_tag" source_channel=pigeon)" 400
check_eq "the quick form does not take a manager (400)" \
  "$(cl_new "$cl_gj" person given_name=Bad "family_name=Kind$cl_tag" "manager_id=$cl_b_id")" 400
check_eq "a refused quick form stores nothing" "$(cl_count)" "$cl_n"
check_eq "... and writes no phone" "$(db_sql "SELECT COUNT(*) FROM client_phones WHERE normalized='639177654321'")" 0
check_eq "a phone of 5 digits is refused (400)" \
  "$(cl_new "$cl_aj" person given_name=Bad "family_name=Phone$cl_tag" phone1=12345 phone1_kind=mobile)" 400

# --- Duplicate check ----------------------------------------------------------------------------
cl_n=$(cl_count)
check_eq "the same phone in another format gives the duplicates warning (200)" \
  "$(cl_new "$cl_aj" person given_name=Pedro "family_name=Cruz$cl_tag" 'phone1=+63 917 123 4567' phone1_kind=mobile)" 200
check_has "... with the warning" "$T/b" 'id="duplicates"'
check_has "... listing the existing client" "$T/b" "<a href=\"/clients/$cl_ana\">$cl_reyes Ana</a>, Quezon City"
check_has "... as a strong match" "$T/b" '\(same phone or e-mail\)'
check_has "... and the form again, now to confirm" "$T/b" '<input type="hidden" name="confirm" value="1">'
check_has "... keeping what was typed" "$T/b" 'value="\+63 917 123 4567"'
check_eq "... nothing is stored yet" "$(cl_count)" "$cl_n"
check_eq "sending it again with confirm=1 creates the client (303)" \
  "$(cl_new "$cl_aj" person given_name=Pedro "family_name=Cruz$cl_tag" 'phone1=+63 917 123 4567' phone1_kind=mobile confirm=1)" 303
cl_pedro=$(cl_loc_id)
check_eq "... one client more" "$(cl_count)" $((cl_n + 1))
check_eq "... with the same normalised phone" "$(db_sql "SELECT normalized FROM client_phones WHERE client_id=0$cl_pedro")" 639171234567
check_eq "... and an audit row client_create_despite_duplicates" "$(cl_audit client_create_despite_duplicates "0$cl_pedro")" 1
check_eq "... besides client_create" "$(cl_audit client_create "0$cl_pedro")" 1
check_eq "the same e-mail in other letter case gives the warning (200)" \
  "$(cl_new "$cl_aj" person given_name=Luz "family_name=Garcia$cl_tag" email1=ANA.REYES@example.COM)" 200
check_has "... listing the existing client" "$T/b" "href=\"/clients/$cl_ana\""
check_eq "... nothing is stored" "$(cl_count)" $((cl_n + 1))
check_eq "the same family name, given name of the same first three letters and city give the warning (200)" \
  "$(cl_new "$cl_aj" person given_name=Anabel "family_name=$cl_reyes" 'city=Quezon City')" 200
check_has "... listing the existing client" "$T/b" "href=\"/clients/$cl_ana\""
check_has "... marked as a similar name" "$T/b" '\(similar name\)'
check_lacks "... not as a strong match" "$T/b" '\(same phone or e-mail\)'
check_eq "... nothing is stored" "$(cl_count)" $((cl_n + 1))
check_eq "the same names in another city give no warning (303)" \
  "$(cl_new "$cl_aj" person given_name=Anabel "family_name=$cl_reyes" 'city=Cebu City')" 303
cl_anabel=$(cl_loc_id)
check_eq "... and no audit row of a duplicate" "$(cl_audit client_create_despite_duplicates "0$cl_anabel")" 0
check_eq "a different person in another city gives no warning (303)" \
  "$(cl_new "$cl_aj" person given_name=Benito "family_name=Santos$cl_tag" 'city=Davao City' 'phone1=0917 888 9999' phone1_kind=home)" 303

cl_acme="Acme $cl_tag Trading"
check_eq "quick create of a company answers 303" "$(cl_new "$cl_aj" company "company_name=$cl_acme" 'city=Makati City')" 303
cl_co=$(cl_loc_id)
check_eq "... stored as a company sorted by its name" "$(db_sql "SELECT CONCAT_WS('|', kind, company_name, sort_name) FROM clients WHERE id=0$cl_co")" \
  "company|$cl_acme|$cl_acme"
check_eq "the same company name in the same city gives the warning (200)" "$(cl_new "$cl_aj" company "company_name=$cl_acme" 'city=Makati City')" 200
check_has "... listing the existing company" "$T/b" "href=\"/clients/$cl_co\">$cl_acme</a>, Makati City"
check_has "... as a similar name" "$T/b" '\(similar name\)' 
check_eq "a company with a person's name typed in the person fields is stored (303)" \
  "$(cl_new "$cl_aj" company "company_name=Bodega $cl_tag" given_name=Hidden "family_name=Contact$cl_tag")" 303
cl_bodega=$(cl_loc_id)
check_eq "... without those names" "$(db_sql "SELECT CONCAT_WS('|', given_name, family_name, sort_name) FROM clients WHERE id=0$cl_bodega")" "||Bodega $cl_tag"
check_eq "... and a search by them does not find it" "$(cl_list "$cl_aj" "q=contact$cl_tag")" ""
check_eq "a name with accents is stored (303)" "$(cl_new "$cl_aj" person 'given_name=José' "family_name=Ñañez$cl_tag")" 303
cl_jose=$(cl_loc_id)
check_eq "... with its words lower-cased in ASCII only, other letters as typed" "$(db_sql "SELECT words FROM client_list WHERE client_id=0$cl_jose")" " josé Ñañez$cl_tag"
check_eq "... its keys the first three letters, a pair's in byte order" \
  "$(db_sql "SELECT GROUP_CONCAT(k ORDER BY CAST(k AS BINARY) SEPARATOR '|') FROM client_search WHERE client_id=0$cl_jose")" "jos|jos Ñañ|Ñañ"
check_eq "... and a search in other letter case and without the accent finds it" "$(cl_list "$cl_aj" "q=%C3%B1a%C3%B1ez$cl_tag+JOSE")" "$cl_jose "

# --- The client page ----------------------------------------------------------------------------
check_eq "the client page answers 200" "$(req -b "$cl_aj" "$BASE/clients/$cl_ana")" 200
check_has "... with the name" "$T/b" "<h1>$cl_reyes Ana <small>"
check_has "... the phone" "$T/b" '0917 123 4567'
check_has "... the e-mail" "$T/b" 'Ana.Reyes@Example.COM'
check_has "... the city" "$T/b" 'Quezon City'
check_has "... the notes" "$T/b" 'Asked about prices'
check_has "... the account manager" "$T/b" 'Dana Admin'
check_has "... a link to edit for the admin" "$T/b" "href=\"/clients/$cl_ana/edit\""
check_has "... and the history of changes for the admin" "$T/b" 'client_create'
req -b "$cl_aj" "$BASE/clients?q=reyes$cl_tag" >/dev/null
check_has "a search by the family name finds the client" "$T/b" "href=\"/clients/$cl_ana\""
check_eq "an agent sees any client's page (200)" "$(req -b "$cl_gj" "$BASE/clients/$cl_ana")" 200
check_lacks "... without the history of changes" "$T/b" 'client_create'
check_eq "a missing client is 404" "$(req -b "$cl_gj" "$BASE/clients/999999")" 404
check_eq "... and its edit form too" "$(req -b "$cl_aj" "$BASE/clients/999999/edit")" 404

# --- Escaping -----------------------------------------------------------------------------------
cl_xg='<script>alert(1)</script>'
cl_xf="Xss$cl_tag\"'><img src=x onerror=alert(2)>"
cl_xf_esc="Xss$cl_tag&quot;&#39;&gt;&lt;img src=x onerror=alert\\(2\\)&gt;"
cl_xg_esc='&lt;script&gt;alert\(1\)&lt;/script&gt;'
cl_live="<script>alert|<img src=x|Xss$cl_tag\"|href=\"javascript:"
check_eq "a client whose names, city and notes hold markup is stored (303)" \
  "$(cl_new "$cl_aj" person "given_name=$cl_xg" "family_name=$cl_xf" 'city=javascript:alert(3)' \
     'phone1=0917 000 1111' phone1_kind=mobile "notes=<script>alert(4)</script> \"double\" 'single' javascript:alert(5)")" 303
cl_xss=$(cl_loc_id)
check_eq "... as typed" "$(db_sql "SELECT given_name FROM clients WHERE id=0$cl_xss")" "$cl_xg"
check_eq "tags with markup are saved through the edit form (303)" \
  "$(cl_edit "$cl_aj" "$cl_xss" 'tags=<script>alert(6)</script>, javascript:alert(7), "q'"'"'uote')" 303
check_eq "... as typed" "$(db_sql "SELECT GROUP_CONCAT(tag ORDER BY tag SEPARATOR '|') FROM client_tags WHERE client_id=0$cl_xss")" \
  "\"q'uote|<script>alert(6)</script>|javascript:alert(7)"
req -b "$cl_aj" "$BASE/clients?q=xss$cl_tag" >/dev/null
check_has "the list shows the names escaped" "$T/b" "$cl_xf_esc $cl_xg_esc"
check_has "... and the city" "$T/b" '>javascript:alert\(3\)<'
check_lacks "... with no live markup" "$T/b" "$cl_live"
req -b "$cl_aj" "$BASE/clients/$cl_xss" >/dev/null
check_has "the client page shows the names escaped" "$T/b" "<h1>$cl_xf_esc $cl_xg_esc <small>"
check_has "... in the title too" "$T/b" "<title>$cl_xf_esc $cl_xg_esc - "
check_has "... the notes escaped" "$T/b" '&lt;script&gt;alert\(4\)&lt;/script&gt; &quot;double&quot; &#39;single&#39; javascript:alert\(5\)'
check_has "... the tags escaped" "$T/b" '&lt;script&gt;alert\(6\)&lt;/script&gt;'
check_lacks "... with no live markup" "$T/b" "$cl_live"
req -b "$cl_aj" "$BASE/clients/$cl_xss/edit" >/dev/null
check_has "the edit form shows the family name escaped in its value" "$T/b" "name=\"family_name\" type=\"text\" value=\"$cl_xf_esc\""
check_has "... the given name" "$T/b" "name=\"given_name\" type=\"text\" value=\"$cl_xg_esc\""
check_has "... the tags" "$T/b" 'name="tags" type="text" value="&quot;q&#39;uote, &lt;script&gt;alert\(6\)&lt;/script&gt;, javascript:alert\(7\)"'
check_has "... the notes" "$T/b" '<textarea id="f-notes" name="notes" rows="4">&lt;script&gt;alert\(4\)'
check_lacks "... with no live markup" "$T/b" "$cl_live"
check_eq "the duplicates warning for the same phone answers 200" \
  "$(cl_new "$cl_aj" person given_name=Other "family_name=Person$cl_tag" 'phone1=09170001111' phone1_kind=mobile)" 200
check_has "... and shows the names and city escaped" "$T/b" "<a href=\"/clients/$cl_xss\">$cl_xf_esc $cl_xg_esc</a>, javascript:alert\\(3\\)"
check_lacks "... with no live markup" "$T/b" "$cl_live"
check_eq "a follow-up on that client is logged (303)" \
  "$(cl_post "$cl_aj" "/clients/$cl_xss/interactions" channel=phone direction=out "summary=<script>alert(8)</script>" "follow_up=$cl_today")" 303
req -b "$cl_aj" "$BASE/followups" >/dev/null
check_has "the follow-ups page shows the client's name escaped" "$T/b" ">$cl_xf_esc $cl_xg_esc</a>"
check_has "... and the summary" "$T/b" ': &lt;script&gt;alert\(8\)&lt;/script&gt;<'
check_lacks "... with no live markup" "$T/b" "$cl_live"

# --- Edit ---------------------------------------------------------------------------------------
check_eq "the edit form answers 200 for the admin" "$(req -b "$cl_aj" "$BASE/clients/$cl_ana/edit")" 200
check_has "... filled with the client" "$T/b" 'name="city" type="text" value="Quezon City"'
cl_upd=$(cl_audit client_update "$cl_ana")
check_eq "posting the edit form unchanged answers 303" "$(cl_edit "$cl_aj" "$cl_ana")" 303
check_eq "... and records no change" "$(cl_audit client_update "$cl_ana")" "$cl_upd"
cl_villa=Villanueva$cl_tag
check_eq "the admin changes city, status, names, phones, e-mails, tags and consents (303)" \
  "$(cl_edit "$cl_aj" "$cl_ana" 'city=Makati City' status=active "family_name=$cl_villa" \
     'phone1=0918 555 0000' phone1_kind=work 'phone2=+60 12-345 6789' phone2_kind=home \
     email1=ana@newmail.ph email2=A.Reyes@Work.PH 'tags=vip, golf' consent_email=1 consent_sms=0 \
     birthday=1990-02-28 name_day=02-29 "segment_id=$cl_vip" preferred_channel=sms)" 303
check_eq "... back to the client page" "$(header Location)" "/clients/$cl_ana"
check_eq "... the record is changed" \
  "$(db_sql "SELECT CONCAT_WS('|', city, status, family_name, sort_name, birthday, name_day_month, name_day_day, segment_id, preferred_channel) FROM clients WHERE id=$cl_ana")" \
  "Makati City|active|$cl_villa|$cl_villa Ana|1990-02-28|2|29|$cl_vip|sms"
check_eq "... audit: the city with old and new value" "$(cl_audit client_update "$cl_ana" city)" "Quezon City|Makati City"
check_eq "... audit: the status with old and new value" "$(cl_audit client_update "$cl_ana" status)" "prospect|active"
check_eq "... audit: the family name" "$(cl_audit client_update "$cl_ana" family_name)" "$cl_reyes|$cl_villa"
check_eq "... audit: the phone" "$(cl_audit client_update "$cl_ana" phone1)" "0917 123 4567|0918 555 0000"
check_eq "... audit: by the admin" \
  "$(db_sql "SELECT COUNT(DISTINCT staff_id) FROM audit_log WHERE action='client_update' AND entity_id=$cl_ana AND staff_id=$cl_admin_id AND field='city'")" 1
check_eq "... the phones are replaced, normalised" \
  "$(db_sql "SELECT GROUP_CONCAT(kind, ':', normalized ORDER BY id) FROM client_phones WHERE client_id=$cl_ana")" \
  "work:639185550000,home:60123456789"
check_eq "... the e-mails are replaced, normalised" \
  "$(db_sql "SELECT GROUP_CONCAT(normalized ORDER BY id) FROM client_emails WHERE client_id=$cl_ana")" \
  "ana@newmail.ph,a.reyes@work.ph"
check_eq "... the tags are stored" "$(db_sql "SELECT GROUP_CONCAT(tag ORDER BY tag) FROM client_tags WHERE client_id=$cl_ana")" "golf,vip"
check_eq "... the consents are stored with today's date" \
  "$(db_sql "SELECT GROUP_CONCAT(channel, ':', granted, ':', changed_on = CURDATE() ORDER BY channel) FROM client_consents WHERE client_id=$cl_ana")" \
  "email:1:1,sms:0:1"
check_eq "... the list row's words are replaced" \
  "$(db_sql "SELECT words FROM client_list WHERE client_id=$cl_ana")" " ana villanueva$cl_tag"
check_eq "... and the search keys" \
  "$(db_sql "SELECT GROUP_CONCAT(k ORDER BY k SEPARATOR '|') FROM client_search WHERE client_id=$cl_ana")" "ana|ana vil|vil"
check_eq "a second edit (answers 303)" \
  "$(cl_edit "$cl_aj" "$cl_ana" phone2= phone2_kind= email2= tags=golf consent_email= consent_post=1)" 303
check_eq "... leaves one phone" "$(db_sql "SELECT GROUP_CONCAT(normalized) FROM client_phones WHERE client_id=$cl_ana")" 639185550000
check_eq "... one e-mail" "$(db_sql "SELECT GROUP_CONCAT(normalized) FROM client_emails WHERE client_id=$cl_ana")" ana@newmail.ph
check_eq "... one tag" "$(db_sql "SELECT GROUP_CONCAT(tag) FROM client_tags WHERE client_id=$cl_ana")" golf
check_eq "... and the consents as sent" \
  "$(db_sql "SELECT GROUP_CONCAT(channel, ':', granted ORDER BY channel) FROM client_consents WHERE client_id=$cl_ana")" "sms:0,post:1"
check_eq "... audit: the tags with old and new value" "$(cl_audit client_update "$cl_ana" tags)" "golf, vip|golf"
req -b "$cl_aj" "$BASE/clients?q=villanueva$cl_tag" >/dev/null
check_has "a search by the new family name finds the client" "$T/b" "href=\"/clients/$cl_ana\""
req -b "$cl_aj" "$BASE/clients?q=reyes$cl_tag" >/dev/null
check_lacks "... by the old one does not" "$T/b" "href=\"/clients/$cl_ana\""
check_has "... which still finds the other client of that name" "$T/b" "href=\"/clients/$cl_anabel\""
check_eq "a search by the old phone answers 200" "$(req -b "$cl_aj" "$BASE/clients?q=0917+123+4567")" 200
check_lacks "... and does not find the client" "$T/b" "href=\"/clients/$cl_ana\""
check_has "... but the other client with that phone" "$T/b" "href=\"/clients/$cl_pedro\""
check_eq "the person is made a member of the company (303)" "$(cl_edit "$cl_aj" "$cl_ana" "company_id=$cl_co")" 303
req -b "$cl_aj" "$BASE/clients/$cl_ana" >/dev/null
check_has "... the client page links to the company" "$T/b" "<a href=\"/clients/$cl_co\">$cl_acme</a>"
req -b "$cl_aj" "$BASE/clients/$cl_co" >/dev/null
check_has "... the company page lists the member" "$T/b" "<li><a href=\"/clients/$cl_ana\">$cl_villa Ana</a></li>"
check_eq "a person cannot be the company of another (400)" "$(cl_edit "$cl_aj" "$cl_ana" "company_id=$cl_pedro")" 400
check_has "... with the message next to the field" "$T/b" 'id="err-company_id">'
check_eq "... nor a client its own company (400)" "$(cl_edit "$cl_aj" "$cl_co" "company_id=$cl_co")" 400
cl_upd=$(cl_audit client_update "$cl_ana")
check_eq "an edit removing both names is refused (400)" "$(cl_edit "$cl_aj" "$cl_ana" given_name= family_name=)" 400
check_has "... with the message next to the field" "$T/b" 'id="err-family_name">'
check_eq "an edit with 29 February of a common year is refused (400)" "$(cl_edit "$cl_aj" "$cl_ana" birthday=2023-02-29)" 400
check_has "... with the message next to the field" "$T/b" 'id="err-birthday">'
check_eq "an edit with a missing segment is refused (400)" "$(cl_edit "$cl_aj" "$cl_ana" segment_id=999999)" 400
check_has "... with the message next to the field" "$T/b" 'id="err-segment_id">'
check_eq "an edit with an unknown manager is refused (400)" "$(cl_edit "$cl_aj" "$cl_ana" manager_id=999999)" 400
check_eq "an edit with 11 tags is refused (400)" "$(cl_edit "$cl_aj" "$cl_ana" 'tags=a,b,c,d,e,f,g,h,i,j,k')" 400
check_eq "an edit with a consent outside the list is refused (400)" "$(cl_edit "$cl_aj" "$cl_ana" consent_sms=yes)" 400
check_eq "... refused edits change nothing" "$(db_sql "SELECT CONCAT_WS('|', given_name, family_name, birthday, segment_id, manager_id) FROM clients WHERE id=$cl_ana")" \
  "Ana|$cl_villa|1990-02-28|$cl_vip|$cl_admin_id"
check_eq "... and record nothing" "$(cl_audit client_update "$cl_ana")" "$cl_upd"

# --- Who may change a client --------------------------------------------------------------------
check_eq "the agent creates a client (303)" \
  "$(cl_new "$cl_gj" person given_name=Carlo "family_name=Mendoza$cl_tag" 'phone1=0917 222 3333' phone1_kind=mobile 'city=Pasay City')" 303
cl_carlo=$(cl_loc_id)
check_eq "... and is its account manager" "$(db_sql "SELECT CONCAT(manager_id, '|', created_by) FROM clients WHERE id=0$cl_carlo")" "$cl_agent_id|$cl_agent_id"
check_eq "... and sees it with a link to edit (200)" "$(req -b "$cl_gj" "$BASE/clients/$cl_carlo")" 200
check_has "... the link" "$T/b" "href=\"/clients/$cl_carlo/edit\""
check_eq "another agent sees it (200)" "$(req -b "$cl_bj" "$BASE/clients/$cl_carlo")" 200
check_lacks "... without a link to edit" "$T/b" "href=\"/clients/$cl_carlo/edit\""
check_eq "... but not its edit form (403)" "$(req -b "$cl_bj" "$BASE/clients/$cl_carlo/edit")" 403
check_eq "... and cannot change it (403)" "$(cl_edit "$cl_bj" "$cl_carlo" 'city=Taguig City')" 403
check_eq "... which is unchanged" "$(db_sql "SELECT city FROM clients WHERE id=0$cl_carlo")" "Pasay City"
check_eq "... and nothing is recorded" "$(cl_audit client_update "0$cl_carlo")" 0
check_eq "its agent opens the edit form (200)" "$(req -b "$cl_gj" "$BASE/clients/$cl_carlo/edit")" 200
check_has "... where the manager is fixed" "$T/b" "<input type=\"hidden\" name=\"manager_id\" value=\"$cl_agent_id\">"
check_eq "its agent changes it (303)" "$(cl_edit "$cl_gj" "$cl_carlo" 'city=Pasig City')" 303
check_eq "... which is changed" "$(db_sql "SELECT city FROM clients WHERE id=0$cl_carlo")" "Pasig City"
check_eq "its agent cannot give it to another account manager (403)" "$(cl_edit "$cl_gj" "$cl_carlo" "manager_id=$cl_b_id" 'city=Taguig City')" 403
check_eq "... nor drop the manager (403)" "$(cl_edit "$cl_gj" "$cl_carlo" manager_id=)" 403
check_eq "... which stays as it was" "$(db_sql "SELECT CONCAT(manager_id, '|', city) FROM clients WHERE id=0$cl_carlo")" "$cl_agent_id|Pasig City"
check_eq "a manager opens the edit form (200)" "$(req -b "$cl_mj" "$BASE/clients/$cl_carlo/edit")" 200
check_eq "a manager gives it to the other agent (303)" "$(cl_edit "$cl_mj" "$cl_carlo" "manager_id=$cl_b_id")" 303
check_eq "... which is stored" "$(db_sql "SELECT manager_id FROM clients WHERE id=0$cl_carlo")" "$cl_b_id"
check_eq "... and recorded with old and new value" "$(cl_audit client_update "0$cl_carlo" manager_id)" "$cl_agent_id|$cl_b_id"
check_eq "now the first agent cannot open the edit form (403)" "$(req -b "$cl_gj" "$BASE/clients/$cl_carlo/edit")" 403
check_eq "... and the second agent can (200)" "$(req -b "$cl_bj" "$BASE/clients/$cl_carlo/edit")" 200
check_eq "an agent cannot open the edit form of an admin's client (403)" "$(req -b "$cl_gj" "$BASE/clients/$cl_ana/edit")" 403

# --- Interactions and follow-ups ----------------------------------------------------------------
cl_ni=$(db_sql "SELECT COUNT(*) FROM interactions WHERE client_id=0$cl_carlo")
check_eq "the agent logs a call with a follow-up today (303)" \
  "$(cl_post "$cl_gj" "/clients/$cl_carlo/interactions" channel=phone direction=out "summary=Called about the new plan $cl_tag" \
     'outcome=Will visit next week' "follow_up=$cl_today")" 303
check_eq "... back to the client page" "$(header Location)" "/clients/$cl_carlo"
cl_int=$(db_sql "SELECT MAX(id) FROM interactions WHERE client_id=0$cl_carlo")
check_eq "... stored" "$(db_sql "SELECT CONCAT_WS('|', staff_id, channel, direction, summary, follow_up, follow_up_done) FROM interactions WHERE id=0$cl_int")" \
  "$cl_agent_id|phone|out|Called about the new plan $cl_tag|$cl_today|0"
req -b "$cl_aj" "$BASE/clients/$cl_carlo" >/dev/null
check_has "the timeline on the client page shows it" "$T/b" "Called about the new plan $cl_tag &mdash; Will visit next week"
check_eq "the last contact of the client is set" "$(db_sql "SELECT last_contact_at >= NOW() - INTERVAL 1 HOUR FROM clients WHERE id=0$cl_carlo")" 1
req -b "$cl_gj" "$BASE/followups" >/dev/null
check_has "the follow-ups page of the agent shows it" "$T/b" "Called about the new plan $cl_tag"
check_has "... with a link to the client" "$T/b" "href=\"/clients/$cl_carlo\""
check_has "... and a button to mark it done" "$T/b" "action=\"/interactions/$cl_int/done\""
check_eq "another agent's follow-ups page answers 200" "$(req -b "$cl_bj" "$BASE/followups")" 200
check_lacks "... and does not show it" "$T/b" "Called about the new plan $cl_tag"
check_eq "another agent cannot mark it done (404)" "$(cl_post "$cl_bj" "/interactions/$cl_int/done")" 404
check_eq "... which stays open" "$(db_sql "SELECT follow_up_done FROM interactions WHERE id=0$cl_int")" 0
check_eq "the agent marks it done (303)" "$(cl_post "$cl_gj" "/interactions/$cl_int/done")" 303
check_eq "... back to the follow-ups" "$(header Location)" /followups
check_eq "... which is stored" "$(db_sql "SELECT follow_up_done FROM interactions WHERE id=0$cl_int")" 1
check_eq "the follow-ups page answers 200" "$(req -b "$cl_gj" "$BASE/followups")" 200
check_lacks "... and no longer shows it" "$T/b" "Called about the new plan $cl_tag"
cl_yday=$(db_sql "SELECT CURDATE() - INTERVAL 1 DAY")
cl_d7=$(db_sql "SELECT CURDATE() + INTERVAL 7 DAY")
cl_d8=$(db_sql "SELECT CURDATE() + INTERVAL 8 DAY")
check_eq "a follow-up due yesterday is logged (303)" \
  "$(cl_post "$cl_gj" "/clients/$cl_carlo/interactions" channel=sms direction=out "summary=Overdue $cl_tag" "follow_up=$cl_yday")" 303
check_eq "... one due in 7 days (303)" \
  "$(cl_post "$cl_gj" "/clients/$cl_carlo/interactions" channel=sms direction=out "summary=In a week $cl_tag" "follow_up=$cl_d7")" 303
check_eq "... one due in 8 days (303)" \
  "$(cl_post "$cl_gj" "/clients/$cl_carlo/interactions" channel=sms direction=out "summary=Later $cl_tag" "follow_up=$cl_d8")" 303
check_eq "the follow-ups page answers 200" "$(req -b "$cl_gj" "$BASE/followups")" 200
check_has "... shows the one due yesterday, marked overdue" "$T/b" "<tr class=\"overdue\">"
check_has "... with its date marked" "$T/b" ">$cl_yday <strong>\("
check_has "... shows the one due in 7 days" "$T/b" "In a week $cl_tag"
check_lacks "... not marked overdue" "$T/b" ">$cl_d7 <strong>"
check_lacks "... and not the one due in 8 days" "$T/b" "Later $cl_tag"
cl_ni=$(db_sql "SELECT COUNT(*) FROM interactions WHERE client_id=0$cl_carlo")
check_eq "an interaction without a summary is refused (400)" \
  "$(cl_post "$cl_gj" "/clients/$cl_carlo/interactions" channel=phone direction=in summary= 'outcome=Typed outcome')" 400
check_has "... with the client page again" "$T/b" "<h1>Mendoza$cl_tag Carlo <small>"
check_has "... the message next to the summary" "$T/b" 'id="err-summary">'
check_has "... and what was typed" "$T/b" 'value="Typed outcome"'
check_eq "an interaction on a channel outside the list is refused (400)" \
  "$(cl_post "$cl_gj" "/clients/$cl_carlo/interactions" channel=pigeon direction=in summary=Hello)" 400
check_eq "an interaction with an impossible follow-up date is refused (400)" \
  "$(cl_post "$cl_gj" "/clients/$cl_carlo/interactions" channel=phone direction=in summary=Hello follow_up=2025-02-30)" 400
check_eq "... refused interactions store nothing" "$(db_sql "SELECT COUNT(*) FROM interactions WHERE client_id=0$cl_carlo")" "$cl_ni"
cl_lc=$(db_sql "SELECT last_contact_at FROM clients WHERE id=0$cl_carlo")
check_eq "an interaction dated in the past is logged (303)" \
  "$(cl_post "$cl_gj" "/clients/$cl_carlo/interactions" channel=visit direction=in 'summary=Old visit noted late' at=2020-01-15T10:30)" 303
check_eq "... at its date" "$(db_sql "SELECT at FROM interactions WHERE client_id=0$cl_carlo AND summary='Old visit noted late'")" "2020-01-15 10:30:00"
check_eq "... without moving the last contact back" "$(db_sql "SELECT last_contact_at FROM clients WHERE id=0$cl_carlo")" "$cl_lc"
check_eq "an interaction on a missing client is 404" \
  "$(cl_post "$cl_gj" /clients/999999/interactions channel=phone direction=in summary=Hello)" 404

# --- The list -----------------------------------------------------------------------------------
cl_fam=Lista$cl_tag
cl_q=lista${cl_tag:0:3}
cl_made=0
for i in $(seq -w 1 45); do
  [ "$(cl_new "$cl_aj" person "given_name=G$i" "family_name=$cl_fam")" = 303 ] && cl_made=$((cl_made + 1))
done
for i in $(seq 1 10); do   # ten of the same name, around the end of the first page: ties broken by id
  [ "$(cl_new "$cl_gj" person given_name=Tie "family_name=$cl_fam")" = 303 ] && cl_made=$((cl_made + 1))
done
for i in $(seq -w 1 7); do
  [ "$(cl_new "$cl_aj" person "given_name=Z$i" "family_name=$cl_fam")" = 303 ] && cl_made=$((cl_made + 1))
done
check_eq "62 clients of one family name are created through the quick form" "$cl_made" 62
cl_all=$(cl_db_ids "SELECT id FROM clients WHERE family_name='$cl_fam'")
check_eq "the list answers 200" "$(req -b "$cl_aj" "$BASE/clients")" 200
check_eq "a search by the family name prefix answers 200" "$(req -b "$cl_aj" "$BASE/clients?q=$cl_q")" 200
cl_p1=$(cl_ids | tr '\n' ' ')
check_eq "... with 50 rows" "$(cl_ids | wc -l)" 50
check_eq "... in name order, ties by id" "$cl_p1" \
  "$(db_sql "SELECT id FROM clients WHERE family_name='$cl_fam' ORDER BY sort_name, id LIMIT 50" | tr '\n' ' ')"
cl_next=$(grep -o 'rel="next" href="[^"]*"' "$T/b" | sed 's/^rel="next" href="//; s/"$//; s/&amp;/\&/g')
check_eq "... and a next link after the last row" "$(printf '%s' "$cl_next" | sed -n 's/.*[?&]after=\([0-9]*\)$/\1/p')" \
  "$(cl_ids | tail -1)"
check_eq "the next page answers 200" "$(req -b "$cl_aj" "$BASE$cl_next")" 200
cl_p2=$(cl_ids | tr '\n' ' ')
check_eq "... with the other 12 rows" "$(cl_ids | wc -l)" 12
check_lacks "... and no next link" "$T/b" 'rel="next"'
check_eq "... no row repeated" "$(printf '%s\n' $cl_p1 $cl_p2 | sort -n | uniq -d | wc -l)" 0
check_eq "... none missing" "$(printf '%s\n' $cl_p1 $cl_p2 | sort -n | tr '\n' ' ')" "$cl_all"
cl_santos=Sant${cl_tag}os
check_eq "a client two of whose names start alike is created (303)" "$(cl_new "$cl_aj" person "given_name=Sant${cl_tag}iago" "family_name=$cl_santos")" 303
cl_san=$(cl_loc_id)
check_eq "... and a search matching both names lists it once" "$(cl_list "$cl_aj" "q=sant$cl_tag")" "$cl_san "
# The whole list, page by page (all clients of the stack, in name order).
cl_walk() {   # cl_walk QUERY: follows the next links from /clients?QUERY; prints the ids of every page in order
  local url="/clients?$1" pages=0
  while [ -n "$url" ] && [ $pages -lt 40 ]; do
    [ "$(req -b "$cl_aj" "$BASE$url")" = 200 ] || { echo "status-not-200"; return; }
    cl_ids
    url=$(grep -o 'rel="next" href="[^"]*"' "$T/b" | sed 's/^rel="next" href="//; s/"$//; s/&amp;/\&/g')
    pages=$((pages + 1))
  done
}
cl_w=$(cl_walk "")
check_eq "walking the whole list lists no client twice" "$(printf '%s\n' $cl_w | sort -n | uniq -d | wc -l)" 0
check_eq "... in name order, ties by id, all of them" "$(printf '%s ' $cl_w)" \
  "$(db_sql "SELECT id FROM clients WHERE merged_into IS NULL ORDER BY sort_name, id" | tr '\n' ' ')"
cl_g07=$(db_sql "SELECT id FROM clients WHERE family_name='$cl_fam' AND given_name='G07'")
check_eq "a search 'given family' finds the client" "$(cl_list "$cl_aj" "q=g07+$cl_fam")" "$cl_g07 "
check_eq "... and 'family given'" "$(cl_list "$cl_aj" "q=${cl_fam^^}+G07")" "$cl_g07 "
check_eq "... and 'family, given' of prefixes" "$(cl_list "$cl_aj" "q=$cl_q%2C+g0")" \
  "$(cl_db_ids "SELECT id FROM clients WHERE family_name='$cl_fam' AND given_name LIKE 'G0%'")"
for cl_p in '+63 917 123 4567' '09171234567' '639171234567' '(0917) 123-4567' '0917.123.4567'; do
  check_eq "a search by the phone as '$cl_p' finds the client" \
    "$(cl_list "$cl_aj" "q=$(printf '%s' "$cl_p" | sed 's/+/%2B/g; s/ /+/g; s/(/%28/g; s/)/%29/g')")" "$cl_pedro "
done
check_eq "a search by e-mail in other letter case finds the client" "$(cl_list "$cl_aj" "q=ANA%40NEWMAIL.PH")" "$cl_ana "
check_eq "a search by an e-mail nobody has finds nothing" "$(cl_list "$cl_aj" "q=nobody.$cl_tag%40example.com")" ""

# Filters: set status, segment and tags on a few through the edit form.
cl_g() { db_sql "SELECT id FROM clients WHERE family_name='$cl_fam' AND given_name='$1'"; }
cl_g01=$(cl_g G01) cl_g02=$(cl_g G02) cl_g03=$(cl_g G03) cl_g04=$(cl_g G04)
check_eq "G01 becomes active, VIP, tagged golf (303)" "$(cl_edit "$cl_aj" "$cl_g01" status=active "segment_id=$cl_vip" tags=golf$cl_tag)" 303
check_eq "G02 becomes active (303)" "$(cl_edit "$cl_aj" "$cl_g02" status=active)" 303
check_eq "G03 becomes VIP (303)" "$(cl_edit "$cl_aj" "$cl_g03" "segment_id=$cl_vip")" 303
check_eq "G04 is tagged golf (303)" "$(cl_edit "$cl_aj" "$cl_g04" "tags=chess, golf$cl_tag")" 303
check_eq "filter by status narrows the search" "$(cl_list "$cl_aj" "q=$cl_q&status=active")" "$(printf '%s\n' $cl_g01 $cl_g02 | sort -n | tr '\n' ' ')"
check_eq "filter by segment narrows the search" "$(cl_list "$cl_aj" "q=$cl_q&segment=$cl_vip")" "$(printf '%s\n' $cl_g01 $cl_g03 | sort -n | tr '\n' ' ')"
check_eq "filter by tag narrows the search" "$(cl_list "$cl_aj" "q=$cl_q&tag=golf$cl_tag")" "$(printf '%s\n' $cl_g01 $cl_g04 | sort -n | tr '\n' ' ')"
check_eq "filter by manager narrows the search" "$(cl_list "$cl_aj" "q=$cl_q&manager=$cl_agent_id")" \
  "$(cl_db_ids "SELECT id FROM clients WHERE family_name='$cl_fam' AND manager_id=$cl_agent_id")"
check_eq "... to the ten the agent made" "$(cl_list "$cl_aj" "q=$cl_q&manager=$cl_agent_id" | wc -w)" 10
check_eq "filters combine" "$(cl_list "$cl_aj" "q=$cl_q&status=active&segment=$cl_vip&tag=golf$cl_tag")" "$cl_g01 "
check_eq "filters work without a search" "$(cl_list "$cl_aj" "tag=golf$cl_tag&status=active")" "$cl_g01 "
check_eq "the empty choices of the filter form mean any" "$(cl_list "$cl_aj" "q=$cl_q&segment=&manager=&status=&tag=golf$cl_tag&sort=")" \
  "$(printf '%s\n' $cl_g01 $cl_g04 | sort -n | tr '\n' ' ')"
check_eq "a status outside the list is refused (400)" "$(req -b "$cl_aj" "$BASE/clients?status=gone")" 400
check_eq "a sort outside the list is refused (400)" "$(req -b "$cl_aj" "$BASE/clients?sort=age")" 400

# Sort by last contact: three of the tag get an interaction on different days.
cl_g05=$(cl_g G05) cl_g06=$(cl_g G06)
for cl_x in "$cl_g01 2024-03-01T09:00" "$cl_g04 2024-05-01T09:00" "$cl_g05 2024-04-01T09:00"; do
  read -r cl_cid cl_at <<<"$cl_x"
  cl_post "$cl_aj" "/clients/$cl_cid/interactions" channel=visit direction=in "summary=Visit $cl_tag" "at=$cl_at" >/dev/null
done
check_eq "G06 is tagged too (303)" "$(cl_edit "$cl_aj" "$cl_g06" "tags=golf$cl_tag")" 303
check_eq "G05 is tagged too (303)" "$(cl_edit "$cl_aj" "$cl_g05" "tags=golf$cl_tag")" 303
req -b "$cl_aj" "$BASE/clients?tag=golf$cl_tag&sort=contact" >/dev/null
check_eq "sort=contact lists the most recently contacted first" "$(cl_ids | head -3 | tr '\n' ' ')" "$cl_g04 $cl_g05 $cl_g01 "
check_has "... showing the date of the last contact" "$T/b" '>2024-05-01<'
check_eq "... and still lists the client never contacted" "$(cl_ids | tr '\n' ' ')" "$cl_g04 $cl_g05 $cl_g01 $cl_g06 "

# Pages by last contact: first while most clients were never contacted (the first page ends among
# them), then with the list clients given one same older date (the first page ends among equal dates).
cl_by_contact() { db_sql "SELECT id FROM clients WHERE merged_into IS NULL ORDER BY last_contact_at IS NULL, last_contact_at DESC, id DESC" | tr '\n' ' '; }
cl_w=$(cl_walk "sort=contact")
check_eq "walking the list by last contact lists no client twice" "$(printf '%s\n' $cl_w | sort -n | uniq -d | wc -l)" 0
check_eq "... every client, newest contact first, never contacted last, ties by id" "$(printf '%s ' $cl_w)" "$(cl_by_contact)"
db_sql "UPDATE clients SET last_contact_at='2024-02-01 08:00:00' WHERE family_name='$cl_fam' AND last_contact_at IS NULL;
  UPDATE client_list l JOIN clients c ON c.id = l.client_id SET l.last_contact_at = c.last_contact_at WHERE c.family_name='$cl_fam'"
cl_w=$(cl_walk "sort=contact")
check_eq "with many equal dates, walking by last contact lists no client twice" "$(printf '%s\n' $cl_w | sort -n | uniq -d | wc -l)" 0
check_eq "... every client in order" "$(printf '%s ' $cl_w)" "$(cl_by_contact)"

# Cursors.
check_eq "a cursor that is not a number is refused (400)" "$(req -b "$cl_aj" "$BASE/clients?after=abc")" 400
check_eq "a cursor naming no client is refused (400)" "$(req -b "$cl_aj" "$BASE/clients?after=999999999")" 400
check_eq "... in a search as well (400)" "$(req -b "$cl_aj" "$BASE/clients?q=$cl_q&after=999999999")" 400
check_eq "... and when sorted by contact (400)" "$(req -b "$cl_aj" "$BASE/clients?sort=contact&after=999999999")" 400
check_eq "a search with markup answers 200" "$(req -b "$cl_aj" "$BASE/clients?q=%22%3E%3Cscript%3Ealert(9)%3C%2Fscript%3E&status=active")" 200
check_has "... and shows it escaped in the search field" "$T/b" 'name="q" type="search" value="&quot;&gt;&lt;script&gt;alert\(9\)&lt;/script&gt;"'
check_lacks "... with no live markup" "$T/b" '<script>alert'
check_eq "a search of more than 100 characters is refused (400)" "$(req -b "$cl_aj" "$BASE/clients?q=$(printf 'a%.0s' $(seq 101))")" 400
