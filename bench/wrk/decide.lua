-- wrk script for the POST that decides a connection request or speed change (bench/run.sh):
-- "Deny Request" with a reason, each request on a different pending request, as the provider's
-- signed-in Company Admin, with that session's CSRF token. Success is the PRG answer: 302 to
-- /approvals. Reads BENCH_DECISIONS (lines "approval-id<TAB>cookie<TAB>csrf-token"); the threads
-- share the lines out (thread k takes lines k, k + n, ...). A thread that has used all its lines
-- stops, and run.sh then reports the rate from the decisions' times in the database.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  exhausted = 0
  lines = {}
  local n = 0
  for line in io.lines(os.getenv("BENCH_DECISIONS")) do
    if n % tonumber(os.getenv("BENCH_THREADS")) == index then
      local id, cookie, csrf = line:match("^(%d+)\t([^\t]+)\t([^\t]+)$")
      table.insert(lines, { id = id, cookie = cookie, csrf = csrf })
    end
    n = n + 1
  end
  next_line = 1
end

function request()
  local line = lines[next_line]
  if line == nil then
    -- every request of this thread's share has been sent: stop (what is still sent
    -- decides nothing and is not counted)
    exhausted = 1
    wrk.thread:stop()
    line = lines[#lines]
  else
    next_line = next_line + 1
  end
  return wrk.format("POST", "/approvals/" .. line.id .. "/deny",
    { ["Cookie"] = line.cookie, ["Content-Type"] = "application/x-www-form-urlencoded" },
    "_csrf=" .. line.csrf .. "&reason=Load+benchmark")
end

function response(status, headers, body)
  if exhausted == 0 and (status ~= 302 or not string.find(headers["Location"] or "", "/approvals$")) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  local stopped = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("bad")
    stopped = stopped + thread:get("exhausted")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d bad_status=%d socket_errors=%d timeouts=%d exhausted=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, failed,
    e.connect + e.read + e.write, e.timeout, stopped))
end
