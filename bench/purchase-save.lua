-- purchase-save.lua: wrk script for the purchase-save row: each request POSTs a new 5-line purchase
-- (a unique form token) for one of many clients. Arguments (after wrk's --): a file of "client ID" and
-- "sku SKU" lines, the session's CSRF token, a run number (0..2^32-1) and a phase (0..65535; the
-- warm-up and the measured run differ), which make the tokens unique across runs.
-- Token: 8 hex of the run, 4 of the phase, 4 of the wrk thread, 16 of the thread's counter.

local next_thread = 0

function setup(thread)
  thread:set("thread_no", next_thread)
  next_thread = next_thread + 1
end

local function urlenc(s)
  return (string.gsub(s, "[^A-Za-z0-9_.~-]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  clients, skus = {}, {}
  for line in io.lines(args[1]) do
    local kind, value = string.match(line, "^(%a+) (.+)$")
    if kind == "client" then clients[#clients + 1] = value end
    if kind == "sku" then skus[#skus + 1] = urlenc(value) end
  end
  if #clients == 0 or #skus < 5 then error("purchase-save.lua: no clients or fewer than 5 SKUs in " .. args[1]) end
  csrf = urlenc(args[2])
  run = tonumber(args[3])
  phase = tonumber(args[4])
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  counter = counter + 1
  local token = string.format("%08x%04x%04x%016x", run, phase, thread_no, counter)
  -- neighbouring requests go to clients far apart; each line to a different product
  local k = thread_no * 7919 + counter * 104729
  local client = clients[k % #clients + 1]
  local parts = { "csrf_token=" .. csrf, "token=" .. token }
  for i = 0, 4 do
    parts[#parts + 1] = string.format("sku_%d=%s&qty_%d=%d", i, skus[(k + i * 37) % #skus + 1], i, 1 + (k + i) % 3)
  end
  parts[#parts + 1] = "save=1"
  return wrk.format(nil, "/clients/" .. client .. "/purchases/new", nil, table.concat(parts, "&"))
end
