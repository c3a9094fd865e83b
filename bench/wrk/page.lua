-- wrk script for a GET page (bench/run.sh): counts the answers that are not 2xx (a redirect to
-- the login page is a failure too) and prints one machine-readable RESULT line at the end.
-- The session cookie comes as a header (-H "Cookie: ...").
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("bad")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d bad_status=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, failed,
    e.connect + e.read + e.write, e.timeout))
end
