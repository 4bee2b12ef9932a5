-- feedback-submit.lua: wrk script for the feedback-submit row: customers sending the public form. A
-- submission needs a one-time token that the server signs with its secret and puts in the form:
-- bench/run fetches the forms first (feedback-tokens.lua) and this script POSTs /feedback/ with each
-- of those tokens once, answered 303 to /feedback/receipt/CODE. Should a thread's tokens run out, it
-- does what a browser does, GET /feedback/ (the token is read from the page's name="token"
-- value="..." field) and then the POST: each wrk thread keeps the tokens in a queue, and a connection
-- that is ready to send POSTs the oldest token, or GETs a form when there is none.
-- Arguments (after wrk's --): a file of "category ID" and "product ID" lines (the choices of the
-- form), the run (8 hex digits), the directory of the fetched tokens ("" for none) and the phase (0
-- the warm-up, 1 the measured run; its tokens are DIR/PHASE.THREAD): each submission's e-mail
-- address is bench.RUN.PHASE.THREAD.COUNTER@example.com, which bench/run counts the stored cases by.
-- done() prints one line: "feedback-submit: N receipts, ..." (see the end).

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("thread_no", next_thread)
  next_thread = next_thread + 1
  threads[#threads + 1] = thread
end

local function urlenc(s)
  return (string.gsub(s, "[^A-Za-z0-9_.~-]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local kinds = { "complaint", "complaint", "complaint", "claim", "suggestion", "comment", "praise" }
local messages = {
  "The item arrived damaged and the box was crushed. I would like a replacement as soon as possible.",
  "I was charged twice for the same order on my card. Please refund the second charge.",
  "Please open the branch on Sundays, many of us can only shop on weekends.",
  "The delivery came three days later than promised and nobody called to tell me.",
  "Thank you for the quick delivery and the friendly installer!",
}
local names = { "Maria Santos", "Juan Dela Cruz", "Siti Rahman", "Wei Ling Tan", "Mark Reyes" }

function init(args)
  cats, prods = {}, {}
  for line in io.lines(args[1]) do
    local what, id = string.match(line, "^(%a+) (%d+)$")
    if what == "category" then cats[#cats + 1] = id end
    if what == "product" then prods[#prods + 1] = id end
  end
  run = args[2]
  phase = tonumber(args[4]) or 0
  queue, head, tail = {}, 1, 0
  local fetched = args[3] ~= "" and io.open(string.format("%s/%d.%d", args[3], phase, thread_no))
  if fetched then
    for token in fetched:lines() do
      tail = tail + 1
      queue[tail] = token
    end
    fetched:close()
  end
  counter = 0
  -- what came back: receipts (303 to /feedback/receipt/), forms (200 with a token), forms without
  -- a token, other 303s, and any other status ("STATUS:COUNT ...")
  receipts, forms, no_token, other_303, others = 0, 0, 0, 0, {}
  form_request = wrk.format("GET", "/feedback/")
  post_headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
end

function request()
  if tail < head then
    return form_request
  end
  local token = queue[head]
  queue[head] = nil
  head = head + 1
  counter = counter + 1
  local k = thread_no * 7919 + counter
  local parts = {
    "token=" .. token,
    "kind=" .. kinds[k % #kinds + 1],
    "message=" .. urlenc(messages[k % #messages + 1]),
    "name=" .. urlenc(names[k % #names + 1]),
    "email=" .. urlenc(string.format("bench.%s.%d.%d.%d@example.com", run, phase, thread_no, counter)),
    "reply_lang=en", "consent=1", "website=", "lang=en",
  }
  if #cats > 0 and k % 10 ~= 0 then parts[#parts + 1] = "category=" .. cats[k % #cats + 1] end
  if #prods > 0 and k % 3 == 0 then parts[#parts + 1] = "product=" .. prods[k % #prods + 1] end
  if k % 4 == 0 then parts[#parts + 1] = "order_ref=" .. urlenc(string.format("SO-%06d", k % 1000000)) end
  if k % 3 == 1 then parts[#parts + 1] = "phone=" .. urlenc(string.format("+63 917 %03d %04d", k % 1000, counter % 10000)) end
  return wrk.format("POST", "/feedback/", post_headers, table.concat(parts, "&"))
end

function response(status, headers, body)
  if status == 200 then
    local token = string.match(body, 'name="token" value="(%x+)"')
    if token then
      tail = tail + 1
      queue[tail] = token
      forms = forms + 1
    else
      no_token = no_token + 1
    end
  elseif status == 303 then
    local location = headers["Location"] or headers["location"] or ""
    if string.find(location, "^/feedback/receipt/") or string.find(location, "^https?://[^/]*/feedback/receipt/") then
      receipts = receipts + 1
    else
      other_303 = other_303 + 1
    end
  else
    others[status] = (others[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local r, f, n, o, other = 0, 0, 0, 0, {}
  for _, t in ipairs(threads) do
    r = r + t:get("receipts")
    f = f + t:get("forms")
    n = n + t:get("no_token")
    o = o + t:get("other_303")
    for status, count in pairs(t:get("others")) do other[status] = (other[status] or 0) + count end
  end
  local list = {}
  for status, count in pairs(other) do list[#list + 1] = status .. ":" .. count end
  table.sort(list)
  io.write(string.format("feedback-submit: %d receipts, %d forms, %d forms without a token, %d other 303s, others: %s\n",
    r, f, n, o, #list > 0 and table.concat(list, " ") or "none"))
end
