# t_resilience.sh: a killed worker is replaced; a stopped database gives quick 503s and service comes back.
pids=$(pgrep -P "$(cat "$VAR/run/crm.pid")" | tr '\n' ' ')
check "multiwatch runs the crm workers" test -n "$pids"
kill -9 ${pids%% *}
ok=1; for i in 1 2 3 4 5 6; do [ "$(status_of "$BASE/healthz")" = 200 ] || ok=0; done
check_eq "after a worker is killed every following request succeeds" "$ok" 1
sleep 0.5
check "the killed worker was replaced" test "$(pgrep -P "$(cat "$VAR/run/crm.pid")" | wc -l)" -ge 2

# Stop the database. Every page answers 503 at once; nothing reveals internals.
rs_tag=$(tr -dc 'a-z' </dev/urandom | head -c 8)
rs_tok=$(curl -sS "$BASE/feedback/" | grep -o 'name="token" value="[0-9a-f]*"' | sed 's/.*value="//; s/"$//')
jar=$T/r.jar; sign_in_role "$jar" admin >/dev/null
mariadb-admin --no-defaults -S "$VAR/run/mysql.sock" -uroot shutdown
check_eq "with the database down healthz answers 503" "$(req "$BASE/healthz")" 503
check_eq "... the public health check too" "$(req "$BASE/feedback/healthz")" 503
check_eq "... a page answers 503" "$(req -b "$jar" "$BASE/")" 503
check_has "... with an incident id" "$T/b" 'Incident number: <code>[0-9a-f]{12}</code>'
inc=$(grep -oE '<code>[0-9a-f]{12}</code>' "$T/b" | sed 's/<[^>]*>//g')
check "... that is in the log" grep -q "incident $inc" "$VAR/log/crm.log"
check_lacks "... and no internals" "$T/b" 'mysql|MariaDB|mariadb|\.sock|/tmp|/var|SELECT|errno'
check_eq "... the sign-in page too" "$(req "$BASE/login")" 503
check_eq "... a sign-in attempt too (no thank-you without the database)" "$(req -b "crm_csrf=$(printf 'b%.0s' $(seq 64))" --data-urlencode "csrf_token=$(printf 'b%.0s' $(seq 64))" -d username=x -d password=y "$BASE/login")" 503
# A customer who sends the public form now gets no receipt: their text comes back with the reason.
check_eq "... a feedback submission answers 503" "$(req --data-urlencode "token=$rs_tok" -d kind=complaint \
  --data-urlencode "message=Sent while down $rs_tag" -d name=X -d email=x@example.com "$BASE/feedback/")" 503
check_lacks "... with no receipt" "$T/h" '^Location:'
check_has "... and the customer's text kept in the form" "$T/b" "Sent while down $rs_tag</textarea>"
# Start it again: service returns by itself (the workers reconnect).
mariadbd --defaults-file="$SRC/conf/mariadb.cnf" --datadir="$VAR/mysql/data" --socket="$VAR/run/mysql.sock" \
  --pid-file="$VAR/run/mysqld.pid" --user="$(id -un)" --log-error="$VAR/log/mariadb.log" >/dev/null 2>&1 &
back=0
for i in $(seq 1 100); do [ "$(status_of "$BASE/healthz")" = 200 ] && { back=1; break; }; sleep 0.2; done
check_eq "after the database restarts the service comes back by itself" "$back" 1
ok=1; for i in 1 2 3 4; do [ "$(status_of -b "$jar" "$BASE/")" = 200 ] || ok=0; done
check_eq "... every worker serves signed-in pages again (sessions live in the database)" "$ok" 1
check_eq "... and the submission sent while it was down was not stored" "$(db_sql "SELECT COUNT(*) FROM cases WHERE message = 'Sent while down $rs_tag'")" 0
