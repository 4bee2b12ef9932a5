# t_notify.sh: customers' notices (crmctl notify): one e-mail per public reply, and one when the case
# is resolved, to a customer who gave an e-mail and agreed to be contacted, in their language, from the
# company's name, with the reply (or the invitation to rate) and a link to the case's status page;
# never for an internal note, never how a case was resolved, nor without consent or an e-mail; once
# only; a failed hand-off waits for the next run. Runs last, after t_digest.sh: it empties the outbox.
nt_tag=$(tr -dc 'a-z' </dev/urandom | head -c 6)
mkdir -p "$T/nt-mail"
cat >"$T/nt-sendmail" <<EOF2
#!/bin/sh
[ -e "$T/nt-fail" ] && { cat >/dev/null; exit 75; }
cat >"\$(mktemp --suffix=.eml "$T/nt-mail/m.XXXXXX")"
EOF2
chmod +x "$T/nt-sendmail"
grep -vE '^[[:space:]]*(sendmail|mail_from|base_url|public_url)[[:space:]]*=' "$VAR/crm.conf" >"$T/nt-nolink.conf"
{ echo "mail_from = CRM Notices <notices@shop.example.test>"; echo "sendmail = $T/nt-sendmail"; } >>"$T/nt-nolink.conf"
{ cat "$T/nt-nolink.conf"; echo "public_url = https://shop.example.test/"; } >"$T/nt-send.conf"
nt_run() { CRM_CONFIG="$1" "$BUILD/crmctl" notify "${@:2}" >"$T/nt-out" 2>"$T/nt-err"; echo $?; }
nt_mails() { find "$T/nt-mail" -name '*.eml' | wc -l; }
nt_lang() { sed -n "/^  notice {/,/^  }/s/^    $2 = //p" "$SRC/templates/lang/$1.hdf"; }

check_eq "crmctl notify refuses an argument it does not know (2)" "$(nt_run "$T/nt-send.conf" --now)" 2
{ cat "$T/nt-nolink.conf"; echo 'public_url = javascript:alert(1)'; } >"$T/nt-bad.conf"
check_eq "a public_url that is not http(s) is refused (1)" "$(nt_run "$T/nt-bad.conf")" 1
check_has "... saying so" "$T/nt-err" "public_url must be http:// or https:// followed by a host"
db_sql "DELETE FROM outbox"   # what t_digest.sh left (a message it gave up on)
check_eq "a first run tells of the replies the other tests made (0)" "$(nt_run "$T/nt-send.conf")" 0
rm -f "$T/nt-mail/"*.eml
nt_company0=$(db_sql "SELECT value FROM settings WHERE name='company_name'")
db_sql "UPDATE settings SET value = 'Tindahan & Co $nt_tag' WHERE name = 'company_name'"

nt_mj=$T/nt-manager.jar
nt_manager=$(login_of manager | cut -d' ' -f1)
nt_lang0=$(db_sql "SELECT language FROM staff WHERE username = '$nt_manager'")
db_sql "UPDATE staff SET language = 'en' WHERE username = '$nt_manager'"   # the desk's texts below are English
sign_in_role "$nt_mj" manager >/dev/null
# nt_post URL NAME=VALUE...: the manager's form POST with the session's CSRF token; prints the status
nt_post() {
  local url=$1 kv; shift
  local a=(--data-urlencode "csrf_token=$(csrf_of "$nt_mj")")
  for kv; do a+=(--data-urlencode "$kv"); done
  req -b "$nt_mj" "${a[@]}" "$BASE$url"
}
nt_token() { req -b "$nt_mj" "$BASE/cases/new" >/dev/null; grep -o 'name="token" value="[0-9a-f]*"' "$T/b" | head -1 | sed 's/.*value="//; s/"$//'; }
# nt_case NAME=VALUE...: a case the manager enters for a customer; prints its id
nt_case() {
  nt_post /cases/new "token=$(nt_token)" source=phone kind=complaint "$@" >/dev/null
  header Location | sed -n 's|^/cases/\([0-9]*\).*|\1|p'
}
# nt_reply CASE TEXT [note]: a public reply, or with "note" an internal note; prints the status
nt_reply() {
  local pub=(public=1)
  [ "${3:-}" = note ] && pub=()
  nt_post "/cases/$1/reply" "body=$2" "${pub[@]}" "token=$(tr -dc 'a-f0-9' </dev/urandom | head -c 64)"
}
nt_a=$(nt_case "message=Sira ang blender $nt_tag" "name=Ana <Reyes> $nt_tag" "email=ana.$nt_tag@example.com" reply_lang=fil consent=1)
nt_b=$(nt_case "message=No consent $nt_tag" "name=Ben $nt_tag" "email=ben.$nt_tag@example.com" reply_lang=en)
nt_c=$(nt_case "message=Phone only $nt_tag" "name=Cora $nt_tag" "phone=0917 555 $(shuf -i 1000-9999 -n 1)" reply_lang=en consent=1)
check "three cases are entered (with consent and an e-mail, without consent, with a phone only)" \
  test -n "$nt_a" -a -n "$nt_b" -a -n "$nt_c"
check_eq "a public reply to each and an internal note on the first (303 each)" \
  "$(nt_reply "$nt_a" "Salamat po, $nt_tag.
Papalitan namin ang blender & <ibabalik> ang bayad.")/$(nt_reply "$nt_a" "Internal: check stock $nt_tag" note)/$(nt_reply "$nt_b" "Thanks $nt_tag")/$(nt_reply "$nt_c" "Thanks $nt_tag")" \
  "303/303/303/303"
nt_ev=$(db_sql "SELECT id FROM case_events WHERE case_id = $nt_a AND kind = 'reply'")

check_eq "crmctl notify exits 0" "$(nt_run "$T/nt-send.conf")" 0
check_eq "... composes and sends one notice: the reply to the customer who agreed, with an e-mail" \
  "$(cat "$T/nt-out")" "notify: 1 composed; sent 1, failed 0, waiting 0"
check_eq "... one message handed to sendmail" "$(nt_mails)" 1
check_eq "... kept in the outbox as sent, for that reply, to that address" \
  "$(db_sql "SELECT CONCAT_WS('|', kind, to_addr, sent_at IS NOT NULL, staff_id IS NULL) FROM outbox WHERE case_event_id = $nt_ev")" \
  "case_reply|ana.$nt_tag@example.com|1|1"
nt_file=$(find "$T/nt-mail" -name '*.eml' | head -1)
mime_parse "$nt_file" "$T/nt-a" >"$T/nt-a.head" 2>&1
check_eq "... a MIME message with a text and an HTML part in UTF-8 and no defects" "$(sed -n 1p "$T/nt-a.head")" \
  "multipart/alternative text/plain;utf-8;base64 text/html;utf-8;base64 defects=0"
check_has "... from the company's name at the configured address" <(sed -n 5p "$T/nt-a.head") \
  "^\"?Tindahan & Co $nt_tag\"? <notices@shop\.example\.test>$"
check_has "... to the customer" <(sed -n 2p "$T/nt-a.head") "^\"?Ana <?Reyes>? $nt_tag\"? <ana\.$nt_tag@example\.com>$"
check_eq "... with the subject in the customer's language (Filipino)" "$(sed -n 3p "$T/nt-a.head")" \
  "Tindahan & Co $nt_tag: $(nt_lang fil subject)"
nt_key=$(db_sql "SELECT key_email FROM cases WHERE id = $nt_a")
check_has "... the text part has the reply as written" "$T/nt-a.plain" "^Papalitan namin ang blender & <ibabalik> ang bayad\.$"
check_has "... in Filipino" "$T/nt-a.plain" "^$(nt_lang fil hello), Ana <Reyes> $nt_tag\.$"
check_has "... and the link to the case's status page" "$T/nt-a.plain" "^https://shop\.example\.test/feedback/status/$nt_key\?lang=fil$"
check_has "... which opens the case (200)" <(req "$BASE/feedback/status/$nt_key?lang=fil") "^200$"
check_has "... the HTML part has the reply escaped, line by line" "$T/nt-a.html" "Salamat po, $nt_tag\.<br>"
check_has "... (its markup as text)" "$T/nt-a.html" "Papalitan namin ang blender &amp; &lt;ibabalik&gt; ang bayad\."
check_has "... and the link" "$T/nt-a.html" "<a id=\"status-link\" href=\"https://shop\.example\.test/feedback/status/$nt_key\?lang=fil\">"
check_lacks "... never the internal note" <(cat "$T/nt-a.plain" "$T/nt-a.html") "Internal: check stock"

req -b "$nt_mj" "$BASE/cases/$nt_a" >/dev/null
check_has "the desk shows the reply as e-mailed, and when" "$T/b" \
  "<p class=\"notice-state notice-sent\" id=\"notice-$nt_ev\">E-mailed to the customer [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}</p>"
check_has "... and says under the reply form that replies are e-mailed" "$T/b" '<p class="help" id="reply-mail-help">A public reply is also e-mailed'
check_lacks "... but nothing of the kind for the internal note" "$T/b" "id=\"notice-$(db_sql "SELECT id FROM case_events WHERE case_id = $nt_a AND kind = 'note'")\""
req -b "$nt_mj" "$BASE/cases/$nt_b" >/dev/null
check_lacks "the case without consent shows no notice at its reply" "$T/b" 'class="notice-state'
check_has "... and says that the customer is not e-mailed" "$T/b" '<p class="help" id="reply-mail-help">The customer is not e-mailed'
check_eq "a second run exits 0" "$(nt_run "$T/nt-send.conf")" 0
check_eq "... and composes and sends nothing again" "$(cat "$T/nt-out")/$(nt_mails)" "notify: 0 composed; sent 0, failed 0, waiting 0/1"

check_eq "another public reply (303)" "$(nt_reply "$nt_a" "Second answer $nt_tag")" 303
touch "$T/nt-fail"
check_eq "with sendmail failing, crmctl notify exits 1" "$(nt_run "$T/nt-send.conf")" 1
check_eq "... the notice composed, not sent, waiting" "$(cat "$T/nt-out")" "notify: 1 composed; sent 0, failed 1, waiting 1"
check_has "... saying why" "$T/nt-err" "sendmail exited with status 75"
req -b "$nt_mj" "$BASE/cases/$nt_a" >/dev/null
check_has "... and the desk shows it not e-mailed yet, with the reason" "$T/b" \
  'class="notice-state notice-failed" id="notice-[0-9]+">Not e-mailed yet, will be tried again: sendmail exited with status 75</p>'

nt_aj=$T/nt-admin.jar
sign_in_role "$nt_aj" admin >/dev/null
check_eq "the admins' company page answers 200" "$(req -b "$nt_aj" "$BASE/admin/company")" 200
check_has "... counting the notice that failed, with the reason" "$T/b" 'id="notices-failed">1 &mdash; sendmail exited with status 75</dd>'
check_has "... none waiting untried" "$T/b" 'id="notices-waiting">0</dd>'
check_has "... and saying that this stack's programs have no sendmail configured" "$T/b" 'id="notices-sendmail"><strong>'
rm -f "$T/nt-fail"
check_eq "the next run exits 0" "$(nt_run "$T/nt-send.conf")" 0
check_eq "... and sends it, once" "$(cat "$T/nt-out")/$(nt_mails)" "notify: 0 composed; sent 1, failed 0, waiting 0/2"
req -b "$nt_aj" "$BASE/admin/company" >/dev/null
check_has "... and the company page counts no failure" "$T/b" 'id="notices-failed">0</dd>'
check_has "... and says when one last went out" "$T/b" 'id="notices-last-sent">[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}</dd>'

check_eq "a reply when no public_url is configured (303)" "$(nt_reply "$nt_a" "Third answer $nt_tag")" 303
req -b "$nt_mj" "$BASE/cases/$nt_a" >/dev/null
check_has "... shows on the desk as still to be e-mailed" "$T/b" \
  "class=\"notice-state notice-due\" id=\"notice-$(db_sql "SELECT id FROM case_events WHERE body = 'Third answer $nt_tag'")\">To be e-mailed to the customer</p>"
check_eq "... is told (0)" "$(nt_run "$T/nt-nolink.conf")/$(nt_mails)" "0/3"
nt_file=$(ls -t "$T/nt-mail/"*.eml | head -1)
mime_parse "$nt_file" "$T/nt-c" >"$T/nt-c.head" 2>&1
check_has "... with the way to the status page in words instead of a link" "$T/nt-c.plain" "^$(nt_lang fil no_link)$"
check_lacks "... and no link" "$T/nt-c.plain" "/feedback/status/"

nt_marker0=$(db_sql "SELECT value FROM settings WHERE name='case_notice_after'")
check "the marker has not passed the last hour's replies" test "$nt_marker0" -lt "$nt_ev"
check_eq "a reply of eight days ago (303, then made older)" "$(nt_reply "$nt_a" "Old answer $nt_tag")" 303
db_sql "UPDATE case_events SET at = NOW() - INTERVAL 8 DAY WHERE body = 'Old answer $nt_tag'"
check_eq "... is not told (the notifier was off too long)" "$(nt_run "$T/nt-send.conf")/$(cat "$T/nt-out")" \
  "0/notify: 0 composed; sent 0, failed 0, waiting 0"
check_eq "a reply of two hours ago (303)" "$(nt_reply "$nt_a" "Late answer $nt_tag")" 303
nt_late=$(db_sql "SELECT id FROM case_events WHERE body = 'Late answer $nt_tag'")
db_sql "UPDATE case_events SET at = NOW() - INTERVAL 2 HOUR WHERE id = $nt_late"
check_eq "... is told" "$(nt_run "$T/nt-send.conf")/$(cat "$T/nt-out")" "0/notify: 1 composed; sent 1, failed 0, waiting 0"
check_eq "... and the marker moves on to it (the newest event older than an hour)" \
  "$(db_sql "SELECT value FROM settings WHERE name='case_notice_after'")" "$nt_late"
check_eq "the manager resolves the first case (303)" \
  "$(nt_post "/cases/$nt_a/resolve" "resolution=Replaced under warranty, internal ref $nt_tag")" 303
nt_res=$(db_sql "SELECT id FROM case_events WHERE case_id = $nt_a AND kind = 'resolution'")
req -b "$nt_mj" "$BASE/cases/$nt_a" >/dev/null
check_has "... the desk marks the resolution as to be e-mailed" "$T/b" "class=\"notice-state notice-due\" id=\"notice-$nt_res\""
check_eq "crmctl notify tells the customer it is resolved (0)" "$(nt_run "$T/nt-send.conf")/$(cat "$T/nt-out")" \
  "0/notify: 1 composed; sent 1, failed 0, waiting 0"
check_eq "... kept as a notice of the resolution" "$(db_sql "SELECT kind FROM outbox WHERE case_event_id = $nt_res")" "case_resolved"
nt_file=$(ls -t "$T/nt-mail/"*.eml | head -1)
mime_parse "$nt_file" "$T/nt-r" >"$T/nt-r.head" 2>&1
check_eq "... with the subject saying so, in Filipino" "$(sed -n 3p "$T/nt-r.head")" "Tindahan & Co $nt_tag: $(nt_lang fil subject_resolved)"
check_has "... inviting the customer to rate our answer" "$T/nt-r.plain" "^$(nt_lang fil rate)$"
check_has "... on the status page" "$T/nt-r.plain" "^https://shop\.example\.test/feedback/status/$nt_key\?lang=fil$"
check_lacks "... never telling how it was resolved (the desk's own record)" <(cat "$T/nt-r.plain" "$T/nt-r.html") "internal ref"
req -b "$nt_mj" "$BASE/cases/$nt_a" >/dev/null
check_has "... and the desk shows the resolution as e-mailed" "$T/b" "class=\"notice-state notice-sent\" id=\"notice-$nt_res\""
db_sql "UPDATE settings SET value = $(db_sql "SELECT QUOTE('$nt_company0')") WHERE name = 'company_name'"
db_sql "UPDATE staff SET language = '$nt_lang0' WHERE username = '$nt_manager'"
