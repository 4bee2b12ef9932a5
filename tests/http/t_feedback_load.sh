# t_feedback_load.sh: nothing lost: N distinct submissions from many concurrent clients store exactly
# N cases; every one sent again (twice at once for some) still leaves N, each with its first
# receipt; a submission while the database is down shows no receipt and keeps the customer's text.
fl_tag=$(tr -dc 'a-z' </dev/urandom | head -c 8)
fl_n=${CRM_FEEDBACK_LOAD:-200}
fl_dir=$T/feedback-load
mkdir -p "$fl_dir"
db_sql "UPDATE settings SET value = CASE name WHEN 'feedback_min_seconds' THEN '0' ELSE '100000000' END
        WHERE name IN ('feedback_min_seconds', 'feedback_rate_per_hour')"
db_sql "DELETE FROM feedback_rate"

# One token per submission, each from its own GET of the form (a customer's page).
for i in $(seq 1 "$fl_n"); do
  curl -sS "$BASE/feedback/" | grep -o 'name="token" value="[0-9a-f]*"' | sed 's/.*value="//; s/"$//' > "$fl_dir/tok.$i"
done
check_eq "feedback load: $fl_n forms served, each with its own token" "$(cat "$fl_dir"/tok.* | sort -u | grep -c .)" "$fl_n"

# fl_send I ROUND: posts submission I; writes "status location" to ROUND.I
fl_send() {
  curl -sS -o /dev/null -w '%{http_code} %{redirect_url}\n' --max-time 30 \
    --data-urlencode "token=$(cat "$FL_DIR/tok.$1")" --data-urlencode kind=complaint \
    --data-urlencode "message=Load $1 $FL_TAG" --data-urlencode "name=Load $1" \
    --data-urlencode "email=load$1.$FL_TAG@example.com" "$FL_BASE/feedback/" > "$FL_DIR/$2.$1"
}
export -f fl_send
export FL_DIR=$fl_dir FL_TAG=$fl_tag FL_BASE=$BASE
seq 1 "$fl_n" | xargs -P 24 -I{} bash -c 'fl_send {} first'
check_eq "... $fl_n submissions from 24 clients at once: every one answered 303 with a receipt" \
  "$(cat "$fl_dir"/first.* | grep -c '^303 .*/feedback/receipt/[0-9A-Z-]\{19\}')" "$fl_n"
fl_rows() { db_sql "SELECT COUNT(*) FROM cases WHERE message LIKE 'Load % $fl_tag'"; }
check_eq "... exactly $fl_n cases stored" "$(fl_rows)" "$fl_n"
check_eq "... each of them once" "$(db_sql "SELECT COUNT(DISTINCT message) FROM cases WHERE message LIKE 'Load % $fl_tag'")" "$fl_n"
check_eq "... $fl_n different receipts" "$(cat "$fl_dir"/first.* | sort -u | wc -l)" "$fl_n"

# Every submission again (a retry after a lost answer), and the first 40 twice at the same moment
# (a double click): nothing more is stored and each gets its first receipt again.
for i in $(seq 1 "$fl_n"); do echo "$i again"; [ "$i" -le 40 ] && echo "$i again2"; done |
  xargs -P 24 -n 2 bash -c 'fl_send "$0" "$1"'
check_eq "... all sent again, some twice at once: still $fl_n cases" "$(fl_rows)" "$fl_n"
same=0
for i in $(seq 1 "$fl_n"); do cmp -s "$fl_dir/first.$i" "$fl_dir/again.$i" && same=$((same + 1)); done
check_eq "... and every retry shows the first receipt" "$same" "$fl_n"
same=0
for i in $(seq 1 40); do cmp -s "$fl_dir/first.$i" "$fl_dir/again2.$i" && same=$((same + 1)); done
check_eq "... the simultaneous duplicates too" "$same" 40
db_sql "UPDATE settings SET value = CASE name WHEN 'feedback_min_seconds' THEN '3' ELSE '20' END
        WHERE name IN ('feedback_min_seconds', 'feedback_rate_per_hour')"
db_sql "DELETE FROM feedback_rate"   # the browser tests send from this address too
