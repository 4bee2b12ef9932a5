# lib.sh: helpers for the http tests: results, requests through curl, sign-in, SQL on the test database.
# Needs BASE (http://127.0.0.1:PORT), VAR (the stack's directory), SRC, BUILD.

pass() { printf 'ok - %s\n' "$*"; }
fail() { printf 'not ok - %s\n' "$*"; }
# check DESCRIPTION COMMAND...: ok when the command succeeds.
check() { local d=$1; shift; if "$@" >/dev/null 2>&1; then pass "$d"; else fail "$d"; fi; }
# check_eq DESCRIPTION GOT WANT
check_eq() { if [ "$2" = "$3" ]; then pass "$1"; else fail "$1 (got '$2', want '$3')"; fi; }
# check_has DESCRIPTION FILE PATTERN (grep -E)
check_has() { if grep -qE -- "$3" "$2"; then pass "$1"; else fail "$1 (no /$3/ in $2)"; fi; }
check_lacks() { if grep -qE -- "$3" "$2"; then fail "$1 (found /$3/ in $2)"; else pass "$1"; fi; }

T=$(mktemp -d "${TMPDIR:-/tmp}/crm-http.XXXXXX")
trap 'rm -rf "$T"' EXIT

# req [curl args...]: one request; headers to $T/h, body to $T/b; prints the status code.
req() { curl -sS -o "$T/b" -D "$T/h" -w '%{http_code}' --max-time 20 "$@"; }
# status_of [curl args...]
status_of() { curl -sS -o /dev/null -w '%{http_code}' --max-time 20 "$@"; }
header() { grep -i "^$1:" "$T/h" | head -1 | cut -d' ' -f2- | tr -d '\r'; }
csrf_in() { grep -o 'name="csrf_token" value="[0-9a-f]*"' "${1:-$T/b}" | head -1 | sed 's/.*value="//; s/"$//'; }

db_sql() { mariadb --no-defaults -S "$VAR/run/mysql.sock" -uroot -N -B crm -e "$1"; }

login_of() { awk -v r="$1" '$3 == r { print $1, $2; exit }' "$VAR/demo-logins.txt"; }

# sign_in JAR USERNAME PASSWORD: prints the status of the POST (303 on success).
sign_in() {
  local jar=$1 u=$2 p=$3
  curl -sS -c "$jar" -b "$jar" -o "$T/login.html" "$BASE/login" || return 1
  local t
  t=$(csrf_in "$T/login.html")
  curl -sS -c "$jar" -b "$jar" -o "$T/b" -D "$T/h" -w '%{http_code}' \
    --data-urlencode "csrf_token=$t" --data-urlencode "username=$u" --data-urlencode "password=$p" "$BASE/login"
}
# sign_in_role JAR ROLE: signs in the demo user of a role.
sign_in_role() { local u p; read -r u p < <(login_of "$2"); sign_in "$1" "$u" "$p"; }
# csrf_of JAR: the CSRF token of the jar's session (read from the home page).
csrf_of() { curl -sS -b "$1" -o "$T/home.html" "$BASE/"; csrf_in "$T/home.html"; }
# mime_parse FILE PREFIX: parses an e-mail as a mail reader would; prints its shape (each part's type,
# charset and transfer encoding, and the count of defects), To, Subject, Message-ID and From, one to a
# line, and writes the decoded parts to PREFIX.plain and PREFIX.html
mime_parse() {
  python3 - "$1" "$2" <<'PYEOF'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
parts = [p for p in m.walk() if not p.is_multipart()]
defects = len(m.defects) + sum(len(p.defects) for p in parts)
print(m.get_content_type(), ' '.join('%s;%s;%s' % (p.get_content_type(), p.get_content_charset(), p['Content-Transfer-Encoding']) for p in parts), 'defects=%d' % defects)
for p in parts:
    open(sys.argv[2] + '.' + p.get_content_subtype(), 'w', encoding='utf-8').write(p.get_content())
print(m['To'])
print(m['Subject'])
print(m['Message-ID'])
print(m['From'])
PYEOF
}
