-- feedback-tokens.lua: wrk script that fetches the public form (GET /feedback/) and keeps the signed
-- one-time token of each answer, one a line, in DIR/PHASE.THREAD (wrk's arguments after --: DIR and
-- PHASE), for feedback-submit.lua to send later: the feedback-submit row then measures the POSTs
-- alone, each with a token a customer's page would have brought.
local next_thread = 0

function setup(thread)
  thread:set("thread_no", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  out = assert(io.open(string.format("%s/%s.%d", args[1], args[2], thread_no), "w"))
end

function response(status, headers, body)
  local token = status == 200 and string.match(body, 'name="token" value="(%x+)"')
  if token then
    out:write(token, "\n")
    out:flush()
  end
end
