# t_digest.sh: the daily digest (crmctl digest): one message per active staff member with an e-mail
# whose day has something, in their language, as MIME with a text and an HTML part, written to the
# outbox and handed once to sendmail (a stand-in that keeps each message as a file); a failed hand-off
# stays in the outbox and goes out once on the next run; without sendmail the messages wait.
# Runs last: it empties the outbox and, while it runs, leaves an e-mail address only to the staff it
# uses (every staff member's address, language and active flag are put back at the end).
dg_tag=$(tr -dc 'a-z' </dev/urandom | head -c 6)
dg_zone=$(db_sql "SELECT value FROM settings WHERE name='company_time_zone'")
dg_day() { TZ=${dg_zone:-UTC} date -d "$(TZ=${dg_zone:-UTC} date +%F) $1 day" +%F; }
dg_today=$(dg_day +0)
dg_tomorrow=$(dg_day +1)
dg_after=$(dg_day +2)

# The stand-in sendmail: records its arguments and keeps standard input as a new .eml file (taking a
# second while dg-slow exists), or, while dg-fail exists, reads it and fails as sendmail does when it
# cannot queue (EX_TEMPFAIL, 75).
mkdir -p "$T/dg-mail"
cat >"$T/dg-sendmail" <<EOF
#!/bin/sh
[ -e "$T/dg-fail" ] && { cat >/dev/null; exit 75; }
[ -e "$T/dg-slow" ] && sleep 1
printf '%s\n' "\$*" >>"$T/dg-args"
cat >"\$(mktemp --suffix=.eml "$T/dg-mail/m.XXXXXX")"
EOF
chmod +x "$T/dg-sendmail"
grep -vE '^[[:space:]]*(sendmail|mail_from|base_url)[[:space:]]*=' "$VAR/crm.conf" >"$T/dg-none.conf"
echo "mail_from = CRM Digest <digest@crm.example.test>" >>"$T/dg-none.conf"
{ cat "$T/dg-none.conf"; echo "sendmail = $T/dg-sendmail"; echo "base_url = https://crm.example.test/"; } >"$T/dg-send.conf"
# dg_run CONF ARGS...: crmctl digest; standard output to $T/dg-out, errors to $T/dg-err; prints the exit status.
dg_run() { CRM_CONFIG="$1" "$BUILD/crmctl" digest "${@:2}" >"$T/dg-out" 2>"$T/dg-err"; echo $?; }
dg_mails() { find "$T/dg-mail" -name '*.eml' | wc -l; }
dg_outbox() { db_sql "SELECT COUNT(*) FROM outbox"; }
# dg_row STAFF DAY: "sent attempts last_error" of the staff member's digest of the day
dg_row() { db_sql "SELECT CONCAT_WS('|', sent_at IS NOT NULL, attempts, last_error) FROM outbox WHERE kind='digest' AND staff_id=$1 AND day='$2'"; }

# --- The people and their day --------------------------------------------------------------------
dg_agent=$(db_sql "SELECT id FROM staff WHERE username='$(login_of agent | cut -d' ' -f1)'")
dg_manager=$(db_sql "SELECT id FROM staff WHERE username='$(login_of manager | cut -d' ' -f1)'")
printf 'correct-horse-battery\n' | CRM_CONFIG="$VAR/crm.conf" "$BUILD/crmctl" user add --username "dgquiet$dg_tag" \
  --role agent --name "Quiet $dg_tag" >/dev/null
dg_quiet=$(db_sql "SELECT id FROM staff WHERE username='dgquiet$dg_tag'")
dg_saved=$(db_sql "SELECT CONCAT('UPDATE staff SET email = ', QUOTE(email), ', language = ', QUOTE(language),
  ', active = ', active, ' WHERE id = ', id, ';') FROM staff WHERE id <> $dg_quiet")
db_sql "DELETE FROM outbox; UPDATE staff SET email = NULL WHERE id NOT IN ($dg_agent, $dg_manager, $dg_quiet);
  UPDATE staff SET email = CONCAT(username, '@example.test'), active = 1 WHERE id IN ($dg_agent, $dg_manager, $dg_quiet);
  UPDATE staff SET language = 'en' WHERE id = $dg_agent; UPDATE staff SET language = 'ms' WHERE id = $dg_manager"
dg_aj=$T/dg-agent.jar dg_mj=$T/dg-manager.jar
sign_in_role "$dg_aj" agent >/dev/null
sign_in_role "$dg_mj" manager >/dev/null
# dg_post JAR URL NAME=VALUE...: a form POST with the session's CSRF token; prints the status
dg_post() {
  local jar=$1 url=$2 kv; shift 2
  local a=(--data-urlencode "csrf_token=$(csrf_of "$jar")")
  for kv; do a+=(--data-urlencode "$kv"); done
  req -b "$jar" "${a[@]}" "$BASE$url"
}
check_eq "the agent adds a client whose name needs escaping (303)" \
  "$(dg_post "$dg_aj" /clients/new kind=person given_name=Rosa "family_name=Ong & <Dizon> $dg_tag" source_channel=walk_in)" 303
dg_client=$(header Location | sed -n 's#^/clients/\([0-9][0-9]*\)$#\1#p')
dg_md=${dg_today#*-}
db_sql "UPDATE clients SET birthday = '1988-$dg_md' WHERE id = ${dg_client:-0}"   # 1988: a leap year, so any month-day
dg_name=$(db_sql "SELECT sort_name FROM clients WHERE id = ${dg_client:-0}")
dg_age=$(( ${dg_today%%-*} - 1988 ))
check_eq "... with a follow-up due today (303)" "$(dg_post "$dg_aj" "/clients/$dg_client/interactions" channel=phone direction=out \
  "summary=Bring the samples & the quote $dg_tag" "follow_up=$dg_today")" 303
# long overdue, so that it is among the 25 oldest a day lists whatever the tests before left due
check_eq "the manager logs a call with a follow-up long overdue on the same client (303)" \
  "$(dg_post "$dg_mj" "/clients/$dg_client/interactions" channel=sms direction=out "summary=Manager call $dg_tag" "follow_up=2000-01-03")" 303

# --- The first run: composed once and sent --------------------------------------------------------
check_eq "crmctl digest exits 0" "$(dg_run "$T/dg-send.conf")" 0
check_eq "... saying what it did" "$(cat "$T/dg-out")" \
  "digest $dg_today: 2 composed, 0 already there, 1 with nothing to say; sent 2, failed 0, waiting 0"
check_eq "... one sent row each for the agent and the manager, none for the one with nothing today" \
  "$(dg_row "$dg_agent" "$dg_today")/$(dg_row "$dg_manager" "$dg_today")/$(dg_row "$dg_quiet" "$dg_today")" "1|1|/1|1|/"
check_eq "... two messages handed to sendmail" "$(dg_mails)" 2
check_eq "... each as sendmail -t -i" "$(sort -u "$T/dg-args" 2>/dev/null)" "-t -i"
dg_am=$(grep -l "^To: .*demo\.agent@example\.test" "$T"/dg-mail/*.eml | head -1)
dg_mm=$(grep -l "^To: .*demo\.manager@example\.test" "$T"/dg-mail/*.eml | head -1)
dg_shape=$(mime_parse "${dg_am:-/dev/null}" "$T/dg-a" 2>&1)
check_eq "the agent's message is MIME: text and HTML alternatives in UTF-8, no defects" "$(echo "$dg_shape" | sed -n 1p)" \
  "multipart/alternative text/plain;utf-8;base64 text/html;utf-8;base64 defects=0"
check_eq "... to the agent's address" "$(echo "$dg_shape" | sed -n 2p | sed 's/.*<\(.*\)>.*/\1/')" "demo.agent@example.test"
check_eq "... with its day in the subject" "$(echo "$dg_shape" | sed -n 3p)" "Your day: $dg_today"
check_eq "... and a Message-ID made of the day, the staff id and the host of mail_from" "$(echo "$dg_shape" | sed -n 4p)" \
  "<digest-$dg_today-$dg_agent@crm.example.test>"
check_has "the text part names the client with the birthday, as typed, with the age" "$T/dg-a.plain" \
  "^- $(printf '%s' "$dg_name" | sed 's/[][\.*^$()|+?{}]/\\&/g'): birthday \(age $dg_age\)"
check_has "... lists the follow-up as typed" "$T/dg-a.plain" "Bring the samples & the quote $dg_tag"
check_lacks "... and holds no HTML entity" "$T/dg-a.plain" '&(amp|lt|gt|quot|#39);'
check_has "the HTML part has the client's name escaped" "$T/dg-a.html" "Ong &amp; &lt;Dizon&gt; $dg_tag"
check_lacks "... never raw" "$T/dg-a.html" "<Dizon>"
check_has "... and links to the client under base_url" "$T/dg-a.html" "<a href=\"https://crm.example.test/clients/$dg_client\">"
mime_parse "${dg_mm:-/dev/null}" "$T/dg-m" >/dev/null 2>&1
check_has "the manager's message is in Malay, the manager's language" "$T/dg-m.plain" "^Selamat pagi, "
check_has "... its headings too" "$T/dg-m.plain" "^Susulan yang perlu dibuat$"
check_has "... with the manager's follow-up" "$T/dg-m.plain" "Manager call $dg_tag"
check_has "... its HTML part too" "$T/dg-m.html" '<html lang="ms">'
check_lacks "the agent's (English) message has no Malay" "$T/dg-a.plain" "Selamat pagi|Susulan"

# --- Again the same day: nothing new ---------------------------------------------------------------
check_eq "a second run the same day exits 0" "$(dg_run "$T/dg-send.conf")" 0
check_eq "... composes nothing and sends nothing" "$(cat "$T/dg-out")" \
  "digest $dg_today: 0 composed, 2 already there, 1 with nothing to say; sent 0, failed 0, waiting 0"
check_eq "... no new row, no new message" "$(dg_outbox)/$(dg_mails)" "2/2"
check_eq "a dry run for tomorrow exits 0" "$(dg_run "$T/dg-send.conf" --dry-run --date "$dg_tomorrow")" 0
check_has "... shows the messages it would compose (the follow-up is overdue tomorrow)" "$T/dg-out" \
  "^- $dg_today \(overdue\) .*Bring the samples & the quote $dg_tag"
check_eq "... and writes and sends nothing" "$(tail -1 "$T/dg-out")/$(dg_outbox)/$(dg_mails)" \
  "digest $dg_tomorrow (dry run): 2 composed, 0 already there, 1 with nothing to say; nothing written or sent/2/2"

# --- sendmail fails: kept, retried once on the next run -------------------------------------------
touch "$T/dg-fail"
check_eq "with sendmail failing, the digest for tomorrow exits 1" "$(dg_run "$T/dg-send.conf" --date "$dg_tomorrow")" 1
check_eq "... composed, not sent" "$(cat "$T/dg-out")" \
  "digest $dg_tomorrow: 2 composed, 0 already there, 1 with nothing to say; sent 0, failed 2, waiting 2"
check_has "... saying why on standard error" "$T/dg-err" "sendmail exited with status 75"
check_eq "... the rows stay unsent with one attempt and the reason" \
  "$(dg_row "$dg_agent" "$dg_tomorrow")/$(dg_row "$dg_manager" "$dg_tomorrow")" \
  "0|1|sendmail exited with status 75/0|1|sendmail exited with status 75"
check_eq "... and no message went out" "$(dg_mails)" 2
rm -f "$T/dg-fail"
check_eq "the next run with sendmail working exits 0" "$(dg_run "$T/dg-send.conf" --send-only)" 0
check_eq "... sends the two waiting messages" "$(cat "$T/dg-out")" "digest: sent 2, failed 0, waiting 0"
check_eq "... once each" "$(dg_mails)/$(grep -l "Message-ID: <digest-$dg_tomorrow-$dg_agent@" "$T"/dg-mail/*.eml | wc -l)" "4/1"
check_eq "... marked sent after their second attempt, the error cleared" \
  "$(dg_row "$dg_agent" "$dg_tomorrow")/$(dg_row "$dg_manager" "$dg_tomorrow")" "1|2|/1|2|"
check_eq "a run after that sends nothing again" "$(dg_run "$T/dg-send.conf" --send-only)/$(cat "$T/dg-out")/$(dg_mails)" \
  "0/digest: sent 0, failed 0, waiting 0/4"

# --- No sendmail configured -------------------------------------------------------------------------
check_eq "without sendmail the digest exits 0" "$(dg_run "$T/dg-none.conf" --date "$dg_after")" 0
check_eq "... and says the messages wait" "$(cat "$T/dg-out")" \
  "digest $dg_after: 2 composed, 0 already there, 1 with nothing to say; no sendmail configured: 2 waiting in the outbox"
check_eq "... in the outbox, never tried" "$(dg_row "$dg_agent" "$dg_after")/$(dg_row "$dg_manager" "$dg_after")/$(dg_mails)" \
  "0|0|/0|0|/4"
db_sql "UPDATE outbox SET attempts = 20 WHERE staff_id = $dg_manager AND day = '$dg_after'"
check_eq "once sendmail is configured, the waiting message goes out (exit 0)" "$(dg_run "$T/dg-send.conf" --send-only)" 0
check_eq "... but not one that failed 20 times" "$(sed -n 1p "$T/dg-out")/$(dg_row "$dg_agent" "$dg_after")/$(dg_row "$dg_manager" "$dg_after")/$(dg_mails)" \
  "digest: sent 1, failed 0, waiting 1/1|1|/0|20|/5"
check_has "... which is named for the operator" "$T/dg-out" "^digest: 1 message failed 20 times"

# --- Two runs at once ------------------------------------------------------------------------------
dg_run "$T/dg-none.conf" --date "$(dg_day +3)" >/dev/null
touch "$T/dg-slow"
CRM_CONFIG="$T/dg-send.conf" "$BUILD/crmctl" digest --send-only >"$T/dg-out1" 2>&1 &
dg_pid=$!
CRM_CONFIG="$T/dg-send.conf" "$BUILD/crmctl" digest --send-only >"$T/dg-out2" 2>&1
wait "$dg_pid"
rm -f "$T/dg-slow"
check_eq "two runs at once (sendmail taking a second a message) send each waiting message once" \
  "$(dg_mails)/$(sed -n 's/^digest: sent \([0-9]*\),.*/\1/p' "$T/dg-out1" "$T/dg-out2" | awk '{ n += $1 } END { print n }')" "7/2"
check_eq "... both marked sent" "$(dg_row "$dg_agent" "$(dg_day +3)")/$(dg_row "$dg_manager" "$(dg_day +3)")" "1|1|/1|1|"

# --- Wrong arguments ---------------------------------------------------------------------------------
check_eq "a date that does not exist is refused (exit 2)" "$(dg_run "$T/dg-send.conf" --date 2026-02-30)" 2
check_eq "--send-only with --date is refused (exit 2)" "$(dg_run "$T/dg-send.conf" --send-only --date "$dg_today")" 2
check_eq "an unknown option is refused (exit 2)" "$(dg_run "$T/dg-send.conf" --now)" 2
check_eq "... and none of them changed the outbox" "$(dg_outbox)/$(dg_mails)" "8/7"
db_sql "$dg_saved UPDATE staff SET email = NULL WHERE id = $dg_quiet"
