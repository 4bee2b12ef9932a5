# t_cases.sh: complaints, claims, suggestions, comments and praise: the public form (every kind, each
# language, validation that keeps the text, the one-time token, the bot traps and the rate limit,
# bad input refused with nothing stored), receipts that cannot be guessed, the status page (found by
# code and e-mail or phone, one answer for any mismatch), follow-ups that resume a paused clock,
# ratings; the least privilege of the public account; the staff desk (queue, filters, keyset pages,
# link to a client, replies, states, priority, assignment, resolution with a discount, who may do
# what), the SLA clocks on a calendar open all week, the client page, the report and its CSV, the
# SLA rules page, and cases near their target on "my day". Runs after t_clients.sh (its jars and
# helpers).
cs_tag=$cl_tag
cs_sql() { db_sql "$1"; }
cs_setting() { cs_sql "UPDATE settings SET value = '$2' WHERE name = '$1'"; }
cs_count() { cs_sql "SELECT COUNT(*) FROM cases"; }
# The test drives the form faster than a person and from one address: no minimum time, a high limit.
cs_setting feedback_min_seconds 0
cs_setting feedback_rate_per_hour 100000
cs_setting feedback_lookups_per_hour 100000
cs_sql "DELETE FROM feedback_rate"

# cs_token [LANG]: a fresh token from the form (in $T/b); cs_tok_of FILE: the token a page carries.
cs_tok_of() { grep -o 'name="token" value="[0-9a-f]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
cs_token() { req "$BASE/feedback/?lang=${1:-en}" >/dev/null; cs_tok_of "$T/b"; }
# cs_submit TOKEN NAME=VALUE...: posts the public form (a complaint by default); prints the status.
cs_submit() {
  local tok=$1 kv; shift
  local a=(--data-urlencode "token=$tok")
  case " $* " in *" kind="*) ;; *) a+=(--data-urlencode kind=complaint) ;; esac
  for kv; do a+=(--data-urlencode "$kv"); done
  req "${a[@]}" "$BASE/feedback/"
}
cs_code() { header Location | sed -n 's#^/feedback/receipt/\([A-Z0-9-]*\).*#\1#p'; }
cs_id_of() { cs_sql "SELECT id FROM cases WHERE message = '$1'"; }

# --- The form ---------------------------------------------------------------------------------------
check_eq "feedback: the form (200)" "$(req "$BASE/feedback/")" 200
for k in complaint claim suggestion comment praise; do
  check_has "... offers the kind $k" "$T/b" "name=\"kind\" value=\"$k\""
done
check_has "... carries a one-time token" "$T/b" 'name="token" value="[0-9a-f]{64}"'
check_has "... lists the active categories" "$T/b" '<option value="[0-9]+">Product quality</option>'
check_has "... has a hidden trap for bots" "$T/b" 'class="trap" aria-hidden="true"'
labels=$(grep -o 'id="f-[a-z_]*"' "$T/b" | sed 's/id="//; s/"//' | sort -u)
missing=""; for id in $labels; do grep -q "for=\"$id\"" "$T/b" || missing="$missing $id"; done
check_eq "... every field has a label" "${missing:-none}" none
req -H 'Accept-Language: fil' "$BASE/feedback/" >/dev/null
check_has "... in Filipino from Accept-Language" "$T/b" 'value="complaint"[^>]*> Reklamo'
check_has "... with the categories in Filipino" "$T/b" '>Kalidad ng produkto</option>'
req "$BASE/feedback/?lang=ms" >/dev/null
check_has "... in Malay from the switch" "$T/b" 'value="praise"[^>]*> Pujian'
check_has "... carrying the language into the POST" "$T/b" 'name="lang" value="ms"'

# --- Every kind, in each language -------------------------------------------------------------------
n0=$(cs_count)
i=0
for k in complaint claim suggestion comment praise; do
  for l in en fil ms; do
    i=$((i + 1))
    st=$(cs_submit "$(cs_token $l)" lang=$l kind=$k "message=Kind $k in $l $cs_tag" "name=Customer $i" "email=c$i.$cs_tag@example.com")
    [ "$st" = 303 ] || fail "feedback: a $k in $l was stored (got $st)"
  done
done
check_eq "feedback: 15 submissions (5 kinds x 3 languages) stored 15 cases" "$(( $(cs_count) - n0 ))" 15
check_eq "... each with its kind and the page's language" \
  "$(cs_sql "SELECT COUNT(*) FROM cases WHERE message LIKE 'Kind % in % $cs_tag' AND message = CONCAT('Kind ', kind, ' in ', lang, ' $cs_tag')")" 15
check_eq "... all new, unassigned, from the web" \
  "$(cs_sql "SELECT COUNT(*) FROM cases WHERE message LIKE 'Kind % $cs_tag' AND state = 'new' AND assignee_id IS NULL AND source = 'web'")" 15

# A complaint in Filipino: the receipt follows the language
tok=$(cs_token fil)
check_eq "a complaint in Filipino answers 303 to its receipt" \
  "$(cs_submit "$tok" lang=fil category=1 "message=Sira ang kahon $cs_tag" "name=Juan Dela Cruz" "email=Juan.$cs_tag@Example.com" "phone=0917 555 $((RANDOM % 9000 + 1000))" consent=1 order_ref=OR-123)" 303
cs_loc=$(header Location)
cs_c1=$(cs_code)
check "... a receipt code of four groups of four" test -n "$(echo "$cs_c1" | grep -xE '[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}')"
check_eq "... in Filipino" "$(echo "$cs_loc" | sed 's/.*?//')" "lang=fil"
check_eq "the receipt page (200)" "$(req "$BASE$cs_loc")" 200
check_has "... shows the code" "$T/b" "id=\"receipt-code\">$cs_c1<"
check_has "... in Filipino" "$T/b" 'Salamat: natanggap namin ang iyong mensahe'
check_has "... links to the status page with the code" "$T/b" "href=\"/feedback/status\\?code=$cs_c1&amp;lang=fil\""
cs_k1=$(cs_id_of "Sira ang kahon $cs_tag")
check_eq "... the case is stored with what was given" \
  "$(cs_sql "SELECT CONCAT_WS('|', kind, category_id, order_ref, customer_name, email_norm, lang, consent_contact) FROM cases WHERE id = $cs_k1")" \
  "complaint|1|OR-123|Juan Dela Cruz|juan.$cs_tag@example.com|fil|1"
check_eq "... with the receipt stored only as its hash" \
  "$(cs_sql "SELECT receipt_hash FROM cases WHERE id = $cs_k1")" "$(printf '%s' "${cs_c1//-/}" | sha256sum | cut -d' ' -f1)"
check_eq "the same form sent again (a double click, a retry) answers with the same receipt" \
  "$(cs_submit "$tok" lang=fil category=1 "message=Sira ang kahon $cs_tag" "name=Juan Dela Cruz" "email=Juan.$cs_tag@Example.com" consent=1)|$(cs_code)" "303|$cs_c1"
check_eq "... and stores nothing more" "$(cs_sql "SELECT COUNT(*) FROM cases WHERE message = 'Sira ang kahon $cs_tag'")" 1

# --- Validation keeps the text ----------------------------------------------------------------------
n0=$(cs_count)
check_eq "a message without a name is refused (400)" "$(cs_submit "$(cs_token)" "message=No name <b>$cs_tag</b>" "email=x@example.com")" 400
check_has "... the form again with the text kept (escaped)" "$T/b" "No name &lt;b&gt;$cs_tag&lt;/b&gt;</textarea>"
check_has "... and the error next to the field" "$T/b" 'id="err-name"'
check_eq "a message with no way to answer is refused (400)" "$(cs_submit "$(cs_token)" "message=No contact $cs_tag" "name=X")" 400
check_has "... saying so at the e-mail field" "$T/b" 'id="err-email"'
check_has "... keeping the text" "$T/b" "No contact $cs_tag</textarea>"
check_eq "a bad e-mail address is refused (400)" "$(cs_submit "$(cs_token)" "message=Bad mail $cs_tag" "name=X" "email=not-an-address")" 400
check_eq "a category that does not exist is refused (400)" "$(cs_submit "$(cs_token)" "message=Bad cat $cs_tag" "name=X" "email=x@example.com" category=999999)" 400
check_has "... at its field" "$T/b" 'id="err-category"'
check_eq "a product that does not exist is refused (400)" "$(cs_submit "$(cs_token)" "message=Bad prod $cs_tag" "name=X" "email=x@example.com" product=999999)" 400
check_eq "a token that is not ours is refused (400)" "$(cs_submit "$(printf '0%.0s' $(seq 64))" "message=Forged $cs_tag" "name=X" "email=x@example.com")" 400
check_has "... the form again, text kept, with a fresh token" "$T/b" "Forged $cs_tag</textarea>"
check "... the fresh token differs" test "$(cs_tok_of "$T/b")" != "$(printf '0%.0s' $(seq 64))"
tok=$(cs_token); bad=$(echo "$tok" | sed 's/.$/0/'); [ "$bad" = "$tok" ] && bad=$(echo "$tok" | sed 's/.$/1/')
check_eq "a token with one digit changed is refused (400)" "$(cs_submit "$bad" "message=Tampered $cs_tag" "name=X" "email=x@example.com")" 400
check_eq "nothing of these was stored" "$(( $(cs_count) - n0 ))" 0

# --- Bots: the trap, the minimum time, the rate limit ----------------------------------------------
n0=$(cs_count)
check_eq "a form with the trap filled is refused (400)" "$(cs_submit "$(cs_token)" "message=Trapped $cs_tag" "name=Bot" "email=b@example.com" "website=http://spam")" 400
check_has "... visibly: the customer is told why" "$T/b" 'id="notice"'
check_has "... with the text kept" "$T/b" "Trapped $cs_tag</textarea>"
check_has "... and the trap emptied" "$T/b" 'name="website" type="text" tabindex="-1" autocomplete="off" value=""'
check_eq "... sent again as the page gives it, it is stored (303)" "$(cs_submit "$(cs_tok_of "$T/b")" "message=Trapped $cs_tag" "name=Bot" "email=b@example.com")" 303
cs_setting feedback_min_seconds 30
check_eq "a form sent sooner than the minimum time is refused (400)" "$(cs_submit "$(cs_token)" "message=Too fast $cs_tag" "name=Fast" "email=f@example.com")" 400
check_has "... visibly, with the text kept" "$T/b" "Too fast $cs_tag</textarea>"
cs_setting feedback_min_seconds 0
cs_sql "DELETE FROM feedback_rate"
cs_setting feedback_rate_per_hour 3
for i in 1 2 3; do cs_submit "$(cs_token)" "message=Rate $i $cs_tag" "name=R" "email=r@example.com" >/dev/null; done
check_eq "the fourth message within the hour from one address is refused (429)" "$(cs_submit "$(cs_token)" "message=Rate 4 $cs_tag" "name=R" "email=r@example.com")" 429
check_has "... visibly, with the text kept" "$T/b" "Rate 4 $cs_tag</textarea>"
check_eq "... so three were stored from the four" "$(cs_sql "SELECT COUNT(*) FROM cases WHERE message LIKE 'Rate _ $cs_tag'")" 3
check_eq "... and the trap and the minimum time stored one (the trapped message sent again)" "$(( $(cs_count) - n0 ))" 4
cs_setting feedback_rate_per_hour 100000
cs_sql "DELETE FROM feedback_rate"

# --- Bad input: answered 400/413, nothing stored ----------------------------------------------------
n0=$(cs_count)
tok=$(cs_token)
big=$T/big.txt; head -c 300000 /dev/zero | tr '\0' 'a' > "$big"
check_eq "an oversized body is refused (413)" "$(req --data-urlencode "token=$tok" --data-urlencode kind=complaint --data-urlencode "message@$big" -d name=X -d email=x@example.com "$BASE/feedback/")" 413
check_eq "a NUL byte is refused (400)" "$(req --data "token=$tok&kind=complaint&message=a%00b&name=X&email=x%40example.com" "$BASE/feedback/")" 400
check_eq "invalid UTF-8 is refused (400)" "$(req --data "token=$tok&kind=complaint&message=a%C3%28b&name=X&email=x%40example.com" "$BASE/feedback/")" 400
check_eq "an unknown field is refused (400)" "$(req --data "token=$tok&kind=complaint&message=m&name=X&email=x%40example.com&state=resolved" "$BASE/feedback/")" 400
check_eq "a repeated field is refused (400)" "$(req --data "token=$tok&kind=complaint&message=m&message=n&name=X&email=x%40example.com" "$BASE/feedback/")" 400
check_eq "a kind outside the list is refused (400)" "$(req --data "token=$tok&kind=threat&message=m&name=X&email=x%40example.com" "$BASE/feedback/")" 400
check_eq "a message over 5000 bytes is refused (400)" "$(req --data "token=$tok&kind=complaint&message=$(head -c 5001 /dev/zero | tr '\0' 'm')&name=X&email=x%40example.com" "$BASE/feedback/")" 400
check_eq "nothing was stored" "$(( $(cs_count) - n0 ))" 0

# --- Receipt codes cannot be guessed -----------------------------------------------------------------
cs_submit "$(cs_token)" "message=Guess A $cs_tag" "name=G" "email=g@example.com" >/dev/null; ca=$(cs_code)
cs_submit "$(cs_token)" "message=Guess B $cs_tag" "name=G" "email=g@example.com" >/dev/null; cb=$(cs_code)
same=0; for p in $(seq 0 18); do [ "${ca:$p:1}" = "${cb:$p:1}" ] && [ "${ca:$p:1}" != - ] && same=$((same + 1)); done
check "two receipts in a row share no more than a few characters (got $same of 16 the same)" test "$same" -le 5
check_eq "the receipt of a real code (200)" "$(status_of "$BASE/feedback/receipt/$ca")" 200
check_eq "... but not at an address in lower case (404)" "$(status_of "$BASE/feedback/receipt/$(echo "$ca" | tr 'A-Z' 'a-z')")" 404
flip() { local c=$1 p=$2 ch=${1:$2:1} to=2; [ "$ch" = 2 ] && to=3; echo "${c:0:$p}$to${c:$((p + 1))}"; }
found=0; for p in 0 5 10 18; do [ "$(status_of "$BASE/feedback/receipt/$(flip "$ca" $p)")" = 404 ] || found=$((found + 1)); done
check_eq "a code with one character changed (4 tries) names no receipt (404)" "$found" 0
found=0; for i in $(seq 1 20); do
  g=$(tr -dc '0-9A-HJKMNP-TV-Z' </dev/urandom | head -c 16 | sed 's/\(....\)\(....\)\(....\)\(....\)/\1-\2-\3-\4/')
  [ "$(status_of "$BASE/feedback/receipt/$g")" = 404 ] || found=$((found + 1)); done
check_eq "20 random codes name no receipt (404)" "$found" 0
check_eq "a code of the wrong shape is 404" "$(status_of "$BASE/feedback/receipt/AAAA")" 404

# --- The status page ---------------------------------------------------------------------------------
cs_find() { req --data-urlencode "code=$1" --data-urlencode "contact=$2" "$BASE/feedback/status"; }
check_eq "the status form (200)" "$(req "$BASE/feedback/status?code=$cs_c1")" 200
check_has "... with the code filled in" "$T/b" "name=\"code\"[^>]*value=\"$cs_c1\""
check_eq "the code and the e-mail given find the case (303)" "$(cs_find "$cs_c1" "JUAN.$cs_tag@example.com")" 303
cs_st=$(header Location | sed 's/?.*//')
check "... at its own address" test -n "$(echo "$cs_st" | grep -xE '/feedback/status/[0-9a-f]{64}')"
cs_phone=$(cs_sql "SELECT phone FROM cases WHERE id = $cs_k1")
check_eq "the code (typed loosely) and the phone in another format find the same case" \
  "$(cs_find "$(echo "${cs_c1//-/ }" | tr 'A-Z' 'a-z')" "+63 ${cs_phone#0}")|$(cs_sql "SELECT id FROM cases WHERE key_phone = '$(header Location | sed 's/?.*//; s#.*/##')'")" "303|$cs_k1"
cs_find "$cs_c1" "someone.else@example.com" >/dev/null; cp "$T/b" "$T/wrong-contact"
check_eq "a wrong e-mail finds nothing (404)" "$(cs_find "$cs_c1" "someone.else@example.com")" 404
cs_find "$ca" "JUAN.$cs_tag@example.com" >/dev/null; cp "$T/b" "$T/wrong-code"
check_eq "... and says exactly what a wrong code says (which part was wrong stays unsaid)" \
  "$(sed 's/value="[^"]*"//g' "$T/wrong-contact" | md5sum)" "$(sed 's/value="[^"]*"//g' "$T/wrong-code" | md5sum)"
check_has "... a message for either" "$T/wrong-code" 'id="notice"'
cs_sql "DELETE FROM feedback_rate"; cs_setting feedback_lookups_per_hour 2
cs_find "$ca" x@example.com >/dev/null; cs_find "$ca" x@example.com >/dev/null
check_eq "a third lookup within the hour from one address is refused (429)" "$(cs_find "$cs_c1" "JUAN.$cs_tag@example.com")" 429
cs_setting feedback_lookups_per_hour 100000; cs_sql "DELETE FROM feedback_rate"
check_eq "the case's status page (200)" "$(req "$BASE$cs_st?lang=en")" 200
check_has "... shows its state" "$T/b" 'id="case-state" class="state-new">Received<'
check_lacks "... not the customer's name, e-mail or text (the public account cannot read them)" "$T/b" "Juan Dela Cruz|juan\\.$cs_tag|Sira ang kahon"
check_eq "a key that opens nothing is 404" "$(status_of "$BASE/feedback/status/$(printf 'a%.0s' $(seq 64))")" 404

# --- The staff desk ----------------------------------------------------------------------------------
# A calendar open all week and no holidays: business minutes are wall-clock minutes, so the clocks
# below can be checked against the database's own arithmetic whatever the day and hour of the run.
cs_sql "UPDATE settings SET value = 'mon-sun 00:00-24:00' WHERE name = 'sla_week'"
cs_sql "DELETE FROM sla_holidays"
cs_mgr=$(cl_staff_id "$(login_of manager | cut -d' ' -f1)")
cs_agent=$(cl_staff_id "$(login_of agent | cut -d' ' -f1)")
cl_post "$cl_mj" /prefs/language lang=en >/dev/null
cl_post "$cl_gj" /prefs/language lang=en >/dev/null
check_eq "the queue (200)" "$(req -b "$cl_mj" "$BASE/cases")" 200
check_has "... lists the Filipino complaint" "$T/b" "id=\"case-$cs_k1\""
check_has "... with its time left" "$T/b" 'class="left">[0-9]+ h [0-9]{2} min<'
check_eq "... filtered by kind: praise only" \
  "$(req -b "$cl_mj" "$BASE/cases?kind=praise&state=all" >/dev/null; grep -o '<a href="/cases/[0-9]*">#[0-9]*</a> [A-Za-z]*' "$T/b" | sed 's/.*> //' | sort -u | tr '\n' ' ')" "Praise "
check_eq "a filter value outside the list is refused (400)" "$(req -b "$cl_mj" "$BASE/cases?state=lost")" 400

# keyset pages: 120 more open cases (made here), walked newest first and most urgent first; their
# targets fall due from half an hour ago to five and a half hours on, each at least ten minutes from
# a warning or a due moment, so that no check depends on the second it runs in
cs_sql "INSERT INTO cases (receipt_hash, kind, message, customer_name, lang, created_at, updated_at, resolution_target, next_due, next_warn)
  SELECT SHA2(CONCAT('$cs_tag', seq), 256), 'suggestion', CONCAT('Bulk ', seq, ' $cs_tag'), 'Bulk', 'en', NOW(), NOW(), 60,
         NOW() + INTERVAL (CAST(seq MOD 7 AS SIGNED) * 60 - 30) MINUTE, NOW() + INTERVAL (CAST(seq MOD 7 AS SIGNED) * 60 - 130) MINUTE FROM seq_1_to_120"
cs_walk() {   # cs_walk QUERY: the case ids of every page from /cases?QUERY, in page order
  local url="/cases?$1" out="" n=0
  while [ -n "$url" ] && [ $n -lt 20 ]; do
    req -b "$cl_mj" "$BASE$url" >/dev/null || break
    out="$out $(grep -o 'id="case-[0-9]*"' "$T/b" | sed 's/[^0-9]//g' | tr '\n' ' ')"
    url=$(grep -o 'rel="next" href="[^"]*"' "$T/b" | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
    n=$((n + 1))
  done
  echo $out
}
cs_ids() { cs_sql "$1" | xargs; }
check_eq "the open suggestions, newest first, page after page: every one once, in order" "$(cs_walk "kind=suggestion")" \
  "$(cs_ids "SELECT id FROM cases WHERE kind = 'suggestion' AND state NOT IN ('resolved', 'closed') ORDER BY id DESC")"
check_eq "... and most urgent first (the nearest target, then the id)" "$(cs_walk "kind=suggestion&sort=urgent")" \
  "$(cs_ids "SELECT id FROM cases WHERE kind = 'suggestion' AND is_open = 1 ORDER BY due_sort, id")"
near=$(cs_ids "SELECT id FROM cases WHERE kind = 'suggestion' AND is_open = 1 AND next_warn < NOW() AND due_sort >= NOW() ORDER BY due_sort, id")
check "... some of them near their target" test "$(echo "$near" | wc -w)" -ge 10
check_eq "... those near their target (warned, not yet due)" "$(cs_walk "kind=suggestion&due=near&sort=urgent")" "$near"
check_eq "... those past it" "$(cs_walk "kind=suggestion&due=overdue&sort=urgent")" \
  "$(cs_ids "SELECT id FROM cases WHERE kind = 'suggestion' AND is_open = 1 AND due_sort < NOW() ORDER BY due_sort, id")"
cs_sql "UPDATE cases SET state = 'closed', closed_at = NOW(), next_due = NULL, next_warn = NULL WHERE message LIKE 'Bulk % $cs_tag'"

# The case page
check_eq "the case page (200)" "$(req -b "$cl_mj" "$BASE/cases/$cs_k1")" 200
check_has "... shows what the customer wrote" "$T/b" "id=\"case-message\">Sira ang kahon $cs_tag<"
check_has "... the first-response clock with its target" "$T/b" 'First response</dt><dd class="clock">due [0-9-]+ [0-9:]+, [0-9]+ h [0-9]{2} min left <small>\(target 4 h\)'
check_has "... the language to answer in" "$T/b" 'Filipino; may be contacted'
check_has "... offers to create the client from the case" "$T/b" "href=\"/clients/new\\?case=$cs_k1\""
cs_tok=$(cs_tok_of "$T/b")

# Link: a client with the customer's e-mail (typed in another case) is suggested
cl_new "$cl_mj" person "given_name=Juan" "family_name=Case$cs_tag" "email1=JUAN.$cs_tag@EXAMPLE.COM" >/dev/null
cs_client=$(cl_loc_id)
req -b "$cl_mj" "$BASE/cases/$cs_k1" >/dev/null
check_has "the client with the same e-mail is suggested" "$T/b" "<a href=\"/clients/$cs_client\">$(cs_sql "SELECT sort_name FROM clients WHERE id = $cs_client")</a> <small>\\(same e-mail"
check_eq "linking to a client that does not exist is refused (400)" "$(cl_post "$cl_gj" "/cases/$cs_k1/link" "client=999999999")" 400
check_eq "linking to it (303)" "$(cl_post "$cl_mj" "/cases/$cs_k1/link" "client=$cs_client")" 303
check_eq "... the case belongs to the client" "$(cs_sql "SELECT client_id FROM cases WHERE id = $cs_k1")" "$cs_client"
check_eq "... and went to the client's manager, who had none" "$(cs_sql "SELECT assignee_id FROM cases WHERE id = $cs_k1")" "$cs_mgr"
check_eq "... both in the audit log" \
  "$(cs_sql "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_log WHERE entity = 'case' AND entity_id = $cs_k1")" "case_link,case_assign"
check_eq "the client page (200)" "$(req -b "$cl_mj" "$BASE/clients/$cs_client")" 200
check_has "... shows the open case at the top" "$T/b" "id=\"open-cases\""
check_has "... linked" "$T/b" "<a href=\"/cases/$cs_k1\">Complaint #$cs_k1</a>"
check_has "... on the timeline" "$T/b" "class=\"tl-case\""
check_has "... and in the cost to serve" "$T/b" 'id="econ-cases">1 cases \(1 Open\)'

# A case staff enter for a client who called: the receipt code shown once, the customer finds it
check_eq "the new-case form for the client (200)" "$(req -b "$cl_gj" "$BASE/cases/new?client=$cs_client")" 200
check_has "... filled in with the client's e-mail" "$T/b" "name=\"email\" type=\"email\" value=\"JUAN.$cs_tag@EXAMPLE.COM\""
ntok=$(cs_tok_of "$T/b")
check_eq "the agent enters a claim the client phoned in (303)" \
  "$(cl_post "$cl_gj" /cases/new "client=$cs_client" "token=$ntok" source=phone kind=claim priority=high "message=Phoned claim $cs_tag" "name=Juan" "email=JUAN.$cs_tag@EXAMPLE.COM")" 303
nloc=$(header Location)
cs_k2=$(echo "$nloc" | sed -n 's#^/cases/\([0-9]*\)?receipt=.*#\1#p')
check_eq "... stored by phone, high, for the client, with the client's manager assigned, by the agent" \
  "$(cs_sql "SELECT CONCAT_WS('|', source, kind, priority, state, client_id, assignee_id, created_by) FROM cases WHERE id = '$cs_k2'")" \
  "phone|claim|high|acknowledged|$cs_client|$cs_mgr|$cs_agent"
check_eq "... audited" "$(cs_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'case_create' AND entity_id = '$cs_k2'")" 1
check_eq "the same form sent twice makes one case" \
  "$(cl_post "$cl_gj" /cases/new "client=$cs_client" "token=$ntok" source=phone kind=claim "message=Phoned claim $cs_tag" "name=Juan" "email=j@example.com" >/dev/null; header Location)|$(cs_sql "SELECT COUNT(*) FROM cases WHERE message = 'Phoned claim $cs_tag'")" \
  "/cases/$cs_k2|1"
check_eq "the case page shows the receipt code to give the customer (200)" "$(req -b "$cl_gj" "$BASE$nloc")" 200
ncode=$(grep -o 'id="receipt-code">[0-9A-Z-]*<' "$T/b" | sed 's/.*>//; s/<//')
check "... a receipt code" test -n "$ncode"
check_lacks "... but not for a code that is not this case's" <(req -b "$cl_gj" "$BASE/cases/$cs_k2?receipt=AAAA-BBBB-CCCC-DDDD" >/dev/null; cat "$T/b") 'id="receipt-code"'
check_eq "the customer finds the phoned-in case with that code and their e-mail" \
  "$(cs_find "$ncode" "juan.$cs_tag@example.com")|$(cs_sql "SELECT id FROM cases WHERE key_email = '$(header Location | sed 's/?.*//; s#.*/##')'")" "303|$cs_k2"
check_eq "a new case with no way to answer is refused (400)" \
  "$(cl_post "$cl_gj" /cases/new "token=$(cs_tok_of "$T/b")" source=visit kind=comment "message=No contact $cs_tag" "name=X")" 400
check_has "... with the text kept" "$T/b" "No contact $cs_tag</textarea>"

# Who may work it: the agent may not touch the manager's case
check_eq "an agent may not reply on a case assigned to a manager (403)" \
  "$(cl_post "$cl_gj" "/cases/$cs_k1/reply" "body=x" "public=1" "token=$cs_tok")" 403
check_eq "... nor change its state (403)" "$(cl_post "$cl_gj" "/cases/$cs_k1/state" state=in_progress)" 403
check_eq "... nor take it (403)" "$(cl_post "$cl_gj" "/cases/$cs_k1/assign" "assignee=$cs_agent")" 403

# A public reply stops the first-response clock; waiting pauses the resolution clock
check_eq "a reply with no text is refused (400)" "$(cl_post "$cl_mj" "/cases/$cs_k1/reply" "body=" "public=1" "token=$cs_tok")" 400
check_eq "the manager answers the customer and waits for them (303)" \
  "$(cl_post "$cl_mj" "/cases/$cs_k1/reply" "body=Pakipadala po ang larawan $cs_tag" "public=1" "wait=1" "token=$cs_tok")" 303
check_eq "... sent twice with the same form, it is stored once" \
  "$(cl_post "$cl_mj" "/cases/$cs_k1/reply" "body=Pakipadala po ang larawan $cs_tag" "public=1" "wait=1" "token=$cs_tok" >/dev/null; cs_sql "SELECT COUNT(*) FROM case_events WHERE case_id = $cs_k1 AND kind = 'reply'")" 1
check_eq "... the case waits on the customer, its first response stored" \
  "$(cs_sql "SELECT CONCAT_WS('|', state, first_response_at IS NOT NULL, first_response_minutes - TIMESTAMPDIFF(MINUTE, created_at, first_response_at) IN (0, 1), paused_at IS NOT NULL, next_due IS NULL) FROM cases WHERE id = $cs_k1")" \
  "waiting|1|1|1|1"
check_eq "... every change in the audit log" \
  "$(cs_sql "SELECT GROUP_CONCAT(CONCAT(action, ':', COALESCE(new_value, '')) ORDER BY id) FROM audit_log WHERE entity = 'case' AND entity_id = $cs_k1 AND action IN ('case_reply', 'case_state')")" \
  "case_reply:,case_state:in_progress,case_state:waiting"
# two hours of waiting, moved into the past; then the customer writes back from the status page
cs_sql "UPDATE cases SET paused_at = paused_at - INTERVAL 2 HOUR WHERE id = $cs_k1"
req "$BASE$cs_st?lang=en" >/dev/null
check_has "the customer sees the reply on the status page" "$T/b" "Pakipadala po ang larawan $cs_tag"
check_has "... and that we wait for them" "$T/b" 'Waiting for your answer'
check_eq "the customer's follow-up (303)" "$(req --data-urlencode "token=$(cs_tok_of "$T/b")" --data-urlencode "message=Heto po $cs_tag" --data-urlencode lang=en "$BASE$cs_st/message")" 303
check_eq "... the case runs again, the two hours paused added to its clock, its target that much later" \
  "$(cs_sql "SELECT CONCAT_WS('|', state, paused_at IS NULL, paused_minutes BETWEEN 119 AND 121, TIMESTAMPDIFF(MINUTE, DATE_FORMAT(created_at, '%Y-%m-%d %H:%i'), resolution_due) = resolution_target + paused_minutes, next_due = resolution_due) FROM cases WHERE id = $cs_k1")" \
  "in_progress|1|1|1|1"
check_eq "... the follow-up is on the case's timeline" "$(cs_sql "SELECT COUNT(*) FROM case_events WHERE case_id = $cs_k1 AND kind = 'customer' AND body = 'Heto po $cs_tag'")" 1
check_eq "... and shows on the queue" "$(req -b "$cl_mj" "$BASE/cases" >/dev/null; grep -A3 "id=\"case-$cs_k1\"" "$T/b" | grep -c 'customer wrote')" 1
check_eq "a rating before the case is resolved is refused (409)" \
  "$(req "$BASE$cs_st?lang=en" >/dev/null; req --data-urlencode "token=$(cs_tok_of "$T/b")" -d rating=5 "$BASE$cs_st/rating")" 409

# Priority: the targets of the new priority apply from the arrival
check_eq "the manager makes it urgent (303)" "$(cl_post "$cl_mj" "/cases/$cs_k1/priority" priority=urgent)" 303
check_eq "... its resolution target is the urgent one, counted from the arrival plus the pauses" \
  "$(cs_sql "SELECT CONCAT_WS('|', c.priority, c.resolution_target = p.resolution_minutes, TIMESTAMPDIFF(MINUTE, DATE_FORMAT(c.created_at, '%Y-%m-%d %H:%i'), c.resolution_due) = c.resolution_target + c.paused_minutes) FROM cases c JOIN sla_policies p ON p.kind = c.kind AND p.priority = 'urgent' WHERE c.id = $cs_k1")" \
  "urgent|1|1"
check_eq "a state that is not offered is refused (400)" "$(cl_post "$cl_mj" "/cases/$cs_k1/state" state=lost)" 400
check_eq "resolving through the state form is refused: it says what was done (409)" "$(cl_post "$cl_mj" "/cases/$cs_k1/state" state=resolved)" 409

# Resolution with a personal discount through the loyalty mechanism
until=$(date -u -d '+30 days' +%F)
check_eq "resolving without saying what was done is refused (400)" "$(cl_post "$cl_mj" "/cases/$cs_k1/resolve" "resolution=")" 400
check_eq "a discount ending in the past is refused (400)" \
  "$(cl_post "$cl_mj" "/cases/$cs_k1/resolve" "resolution=Replaced" "discount=10" "discount_until=2001-01-01")" 400
check_has "... with the text kept" "$T/b" 'Replaced</textarea>'
check_eq "the manager resolves it: replaced, 250.00 back and 10% off for a month (303)" \
  "$(cl_post "$cl_mj" "/cases/$cs_k1/resolve" "resolution=Replaced the box $cs_tag" "compensation=Refund of delivery" "amount=250" "discount=10" "discount_until=$until")" 303
check_eq "... the case is resolved with its resolution time and compensation" \
  "$(cs_sql "SELECT CONCAT_WS('|', state, resolved_at IS NOT NULL, resolution_minutes IS NOT NULL, compensation_amount, discount_id IS NOT NULL, next_due IS NULL) FROM cases WHERE id = $cs_k1")" \
  "resolved|1|1|25000|1|1"
check_eq "... the discount is the client's, through the loyalty mechanism" \
  "$(cs_sql "SELECT CONCAT_WS('|', d.client_id, d.discount_bp, d.expires_on) FROM cases c JOIN client_discounts d ON d.id = c.discount_id WHERE c.id = $cs_k1")" \
  "$cs_client|1000|$until"
check_eq "... audited as a discount grant too" "$(cs_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'discount_grant' AND entity_id = $cs_client")" 1
check_eq "a reply on a resolved case is refused (409)" "$(cl_post "$cl_mj" "/cases/$cs_k1/reply" "body=late" "public=1" "token=$(printf 'b%.0s' $(seq 64))")" 409
req "$BASE$cs_st?lang=en" >/dev/null
check_has "the customer sees it resolved" "$T/b" 'class="state-resolved">Resolved<'
check_has "... and may rate it" "$T/b" 'id="rating-form"'
rtok=$(cs_tok_of "$T/b")
check_eq "a rating outside 1-5 is refused (400)" "$(req --data-urlencode "token=$rtok" -d rating=6 "$BASE$cs_st/rating")" 400
check_eq "the customer rates it 4 (303)" "$(req --data-urlencode "token=$rtok" -d rating=4 --data-urlencode "comment=Mabilis $cs_tag" -d lang=en "$BASE$cs_st/rating")" 303
check_eq "... once: a second rating changes nothing" \
  "$(req --data-urlencode "token=$rtok" -d rating=1 "$BASE$cs_st/rating" >/dev/null; cs_sql "SELECT CONCAT_WS('|', r.rating, r.comment, c.rating) FROM case_ratings r JOIN cases c ON c.id = r.case_id WHERE r.case_id = $cs_k1")" "4|Mabilis $cs_tag|4"
req "$BASE$cs_st?lang=en" >/dev/null
check_has "... and the status page thanks them" "$T/b" 'id="rated"'
check_eq "a follow-up on a resolved case is refused (409)" "$(req --data-urlencode "token=$rtok" --data-urlencode "message=more" "$BASE$cs_st/message")" 409
req -b "$cl_mj" "$BASE/cases/$cs_k1" >/dev/null
check_has "the desk sees the rating" "$T/b" 'id="case-rating">4/5'
check_eq "an agent may not close a case that is not resolved (409)" \
  "$(k=$(cs_id_of "Kind praise in en $cs_tag"); cl_post "$cl_gj" "/cases/$k/state" state=closed)" 409
k=$(cs_id_of "Kind praise in en $cs_tag")
check_eq "an agent takes an unassigned case (303)" "$(cl_post "$cl_gj" "/cases/$k/assign" "assignee=$cs_agent")" 303
check_eq "... it is theirs" "$(cs_sql "SELECT assignee_id FROM cases WHERE id = $k")" "$cs_agent"
check_eq "... but may not give it to someone else (403)" "$(cl_post "$cl_gj" "/cases/$k/assign" "assignee=$cs_mgr")" 403

# "My day": a case of the agent's near its target, and the manager's escalation list
cs_sql "UPDATE cases SET next_warn = NOW() - INTERVAL 1 MINUTE, next_due = NOW() + INTERVAL 1 HOUR WHERE id = $k"
req -b "$cl_gj" "$BASE/" >/dev/null
check_has "the agent's day lists their case near its target" "$T/b" "data-case=\"$k\""
check_eq "the manager's day lists it in the escalation list" \
  "$(req -b "$cl_mj" "$BASE/" >/dev/null; sed -n '/id="escalation"/,/<\/section>/p' "$T/b" | grep -c "data-case=\"$k\"")" 1

# The report: counts against the database's own
check_eq "the cases report (200)" "$(req -b "$cl_mj" "$BASE/reports/cases?by=kind")" 200
check_eq "... its total counts every case of the period" \
  "$(sed -n '/class="total"/,/<\/tr>/p' "$T/b" | grep -o 'data-label="Cases" class="num">[0-9]*' | sed 's/.*>//')" \
  "$(cs_sql "SELECT COUNT(*) FROM cases WHERE created_at >= DATE_FORMAT(NOW() - INTERVAL 11 MONTH, '%Y-%m-01')")"
check_eq "... complaints as counted by the database" \
  "$(sed -n '/data-key="complaint"/,/<\/tr>/p' "$T/b" | grep -o 'data-label="Cases" class="num">[0-9]*' | sed 's/.*>//')" \
  "$(cs_sql "SELECT COUNT(*) FROM cases WHERE kind = 'complaint' AND created_at >= DATE_FORMAT(NOW() - INTERVAL 11 MONTH, '%Y-%m-01')")"
check_eq "the agent may not read the report (403)" "$(req -b "$cl_gj" "$BASE/reports/cases")" 403
exports=$(cs_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'report_export' AND entity = 'case'")
check_eq "the report as CSV (200)" "$(req -b "$cl_mj" "$BASE/reports/cases.csv?by=kind")" 200
check_has "... with its header" "$T/b" 'group,name,cases,open,responded,first_response_hours'
check_eq "... and its compensation in currency units" \
  "$(grep '^complaint,' "$T/b" | awk -F, '{ print $NF }' | tr -d '\r')" \
  "$(cs_sql "SELECT CAST(SUM(compensation_amount) / 100 AS DECIMAL(20, 2)) FROM cases WHERE kind = 'complaint' AND created_at >= DATE_FORMAT(NOW() - INTERVAL 11 MONTH, '%Y-%m-01')")"
check_eq "... the export is audited" "$(cs_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'report_export' AND entity = 'case'")" "$((exports + 1))"
check_eq "the chart (200, SVG)" "$(req -b "$cl_mj" "$BASE/reports/cases/chart.svg")|$(header Content-Type)" "200|image/svg+xml; charset=utf-8"
check_has "... with its figures as text" "$T/b" '<desc id="chart-desc">[0-9]{4}-[0-9]{2}: Product quality [0-9]+'
check_eq "the chart's figures as CSV (200)" "$(req -b "$cl_mj" "$BASE/reports/cases/chart.csv")" 200
check_eq "... month, category, cases: product quality this month as the database counts it" \
  "$(grep "^$(date -u +%Y-%m),Product quality," "$T/b" | cut -d, -f3 | tr -d '\r')" \
  "$(cs_sql "SELECT COUNT(*) FROM cases WHERE category_id = 1 AND created_at >= DATE_FORMAT(NOW(), '%Y-%m-01')")"
check_eq "a period longer than three years is refused (400)" "$(req -b "$cl_mj" "$BASE/reports/cases?from=2020-01&to=2026-01")" 400

# The SLA rules (admins)
check_eq "the SLA rules page (200)" "$(req -b "$cl_aj" "$BASE/admin/sla")" 200
check_has "... shows the week" "$T/b" 'name="week" type="text" value="mon-sun 00:00-24:00"'
check_has "... and the targets in hours" "$T/b" 'name="fr_complaint_normal" type="text" inputmode="decimal" size="6" value="4"'
fields=(); while IFS= read -r kv; do fields+=("$kv"); done < <(grep -o 'name="\(fr\|res\)_[a-z]*_[a-z]*" type="text" inputmode="decimal" size="6" value="[0-9.]*"' "$T/b" | sed 's/name="\([^"]*\)".*value="\([^"]*\)"/\1=\2/')
check_eq "... 40 targets" "${#fields[@]}" 40
check_eq "a week that does not parse is refused (400)" \
  "$(cl_post "$cl_aj" /admin/sla "week=monday to friday" warn_percent=75 rate_per_hour=10 lookups_per_hour=10 min_seconds=3 "${fields[@]}")" 400
check_has "... at its field" "$T/b" 'id="err-week"'
fields=("${fields[@]/fr_claim_high=*/fr_claim_high=1.5}")
check_eq "saving the rules with a claim (high) answered in 1.5 h and a holiday (303)" \
  "$(cl_post "$cl_aj" /admin/sla "week=mon-fri 08:00-12:00 13:00-17:00" warn_percent=80 "holidays=2031-12-25 Christmas" rate_per_hour=100000 lookups_per_hour=100000 min_seconds=0 "${fields[@]}")" 303
check_eq "... stored" \
  "$(cs_sql "SELECT CONCAT_WS('|', (SELECT first_response_minutes FROM sla_policies WHERE kind = 'claim' AND priority = 'high'), (SELECT value FROM settings WHERE name = 'sla_week'), (SELECT value FROM settings WHERE name = 'sla_warn_bp'), (SELECT CONCAT(day, ' ', name) FROM sla_holidays))")" \
  "90|mon-fri 08:00-12:00 13:00-17:00|8000|2031-12-25 Christmas"
check_eq "... audited" "$(cs_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'sla_policy_update' AND field = 'claim/high' AND new_value LIKE '90/%'")" 1
check_eq "the manager may not change the rules (403)" "$(cl_post "$cl_mj" /admin/sla "week=mon 09:00-10:00")" 403
cs_sql "UPDATE settings SET value = 'mon-fri 09:00-17:00' WHERE name = 'sla_week'"
cs_sql "UPDATE settings SET value = '7500' WHERE name = 'sla_warn_bp'"

# Case categories in three languages
check_eq "an admin adds a case category named in three languages (303)" \
  "$(cl_post "$cl_aj" /admin/case-categories "name=Cat $cs_tag" "name_fil=Kat $cs_tag" "name_ms=Kat ms $cs_tag")" 303
check_has "... customers see it in Filipino" <(curl -s "$BASE/feedback/?lang=fil") ">Kat $cs_tag</option>"
check_eq "... a name taken is refused (409)" "$(cl_post "$cl_aj" /admin/case-categories "name=Cat $cs_tag")" 409
catid=$(cs_sql "SELECT id FROM case_categories WHERE name = 'Cat $cs_tag'")
check_eq "... retired (303)" "$(cl_post "$cl_aj" "/admin/case-categories/$catid" "name=Cat $cs_tag")" 303
check_lacks "... customers no longer see it" <(curl -s "$BASE/feedback/") "Cat $cs_tag"

# Merging clients moves their cases
cl_new "$cl_mj" person "given_name=Other" "family_name=Case$cs_tag" >/dev/null; other=$(cl_loc_id)
cs_sql "UPDATE cases SET client_id = $other WHERE id = $(cs_id_of "Kind claim in en $cs_tag")"
cl_post "$cl_aj" "/clients/$cs_client/merge" "other=$other" >/dev/null
check_eq "merging a client moves their cases to the one kept" \
  "$(cs_sql "SELECT client_id FROM cases WHERE id = $(cs_id_of "Kind claim in en $cs_tag")")" "$cs_client"

# Creating the client from a case, through the duplicate check
kc=$(cs_id_of "Kind comment in ms $cs_tag")
check_eq "the new-client form from a case (200)" "$(req -b "$cl_mj" "$BASE/clients/new?case=$kc")" 200
check_has "... filled in from the case" "$T/b" 'name="email1" type="email" value="c12\.'"$cs_tag"'@example\.com"'
check_eq "saving it (303 back to the case)" \
  "$(cl_new "$cl_mj" person "case=$kc" "given_name=Customer" "family_name=Twelve$cs_tag" "email1=c12.$cs_tag@example.com" source_channel=web)|$(header Location)" "303|/cases/$kc"
check_eq "... the case is linked to the new client" \
  "$(cs_sql "SELECT COUNT(*) FROM cases c JOIN clients l ON l.id = c.client_id WHERE c.id = $kc AND l.family_name = 'Twelve$cs_tag'")" 1

# Least privilege of the public program's account, asked of MariaDB itself
as_public() { mariadb --no-defaults -S "$VAR/run/mysql.sock" -ucrm_public -p"$(cat "$VAR/secrets/public")" -N -B crm -e "$1"; }
refused() { ! "$@"; }
check "crm_public cannot read the clients" refused as_public "SELECT id FROM clients LIMIT 1"
check "... nor the clients' e-mails" refused as_public "SELECT normalized FROM client_emails LIMIT 1"
check "... nor the cases' customers and messages" refused as_public "SELECT customer_name, email, message FROM cases LIMIT 1"
check "... nor the staff's notes and replies" refused as_public "SELECT body FROM case_events LIMIT 1"
check "... nor change a case's resolution" refused as_public "UPDATE cases SET resolution = 'x' WHERE id = $cs_k1"
check "... nor delete a case" refused as_public "DELETE FROM cases WHERE id = $cs_k1"
check "... but it reads the status view" as_public "SELECT state FROM feedback_status LIMIT 1"
cs_setting feedback_lookups_per_hour 60
