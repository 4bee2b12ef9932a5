#!/usr/bin/env bash
# tests/browser/run.sh BASE_URL LOGINS_FILE [SCREENSHOT_DIR]
# Browser tests of the staff application with Debian's chromium (never a downloaded browser):
# smoke.mjs (sign-in, languages, layout), then clients.mjs (new client, duplicate warning,
# interaction log, follow-ups), then purchases.mjs (a manager records a locomotive sale for a
# Silver client: discount applied, client promoted to Gold; also without JavaScript and at phone
# width), then board.mjs (a manager sets plans, records sales for new agents, the board ranks them
# by weighted revenue, the manager confirms the employee of the month and approves the bonus; a
# plan set without JavaScript, the board and rewards at phone width), then reminders.mjs (a manager
# opens "my day", greets a client whose birthday is today, sees the greeting on the client's
# timeline; in en, fil and ms, without JavaScript, at phone width), then cases.mjs (a customer
# files a complaint in Filipino at phone width and gets a receipt; a manager links it to the
# client, replies and resolves it; the customer finds the reply on the status page and rates it;
# the manager sees the rating). Installs playwright-core from package-lock.json on first use.
# Prints `ok - browser: ...` / `not ok - browser: ...` lines; exits 0 only if all passed.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CHROMIUM=${CRM_CHROMIUM:-/usr/bin/chromium}

if [ $# -lt 2 ]; then
  echo "usage: $0 BASE_URL LOGINS_FILE [SCREENSHOT_DIR]" >&2
  exit 2
fi

missing=()
command -v node >/dev/null 2>&1 || missing+=("node (apt-get install nodejs)")
command -v npm >/dev/null 2>&1 || missing+=("npm (apt-get install npm)")
[ -x "$CHROMIUM" ] || missing+=("$CHROMIUM (apt-get install chromium)")
if [ ${#missing[@]} -gt 0 ]; then
  (IFS=,; echo "not ok - browser: missing ${missing[*]}")
  exit 1
fi

# playwright-core never downloads a browser by itself; these make sure nothing tries.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PLAYWRIGHT_BROWSERS_PATH=0

if [ ! -d "$HERE/node_modules/playwright-core" ]; then
  log=$(mktemp)
  if ! (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1); then
    echo "not ok - browser: npm ci in tests/browser failed: $(grep -v 'Unknown user config' "$log" | tail -n 3 | tr '\n' ' ')"
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
fi

# Every script runs even if an earlier one fails; the exit status is non-zero if any failed.
rc=0
node "$HERE/smoke.mjs" "$@" || rc=1
node "$HERE/clients.mjs" "$@" || rc=1
node "$HERE/purchases.mjs" "$@" || rc=1
node "$HERE/board.mjs" "$@" || rc=1
node "$HERE/reminders.mjs" "$@" || rc=1
node "$HERE/cases.mjs" "$@" || rc=1
exit $rc
