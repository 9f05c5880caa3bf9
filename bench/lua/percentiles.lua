-- wrk script: GET the URL's own path (headers from wrk -H), counting every answer that is not 2xx, and print the
-- latency percentiles wrk's --latency leaves out (p95) in milliseconds, as a "BENCH ..." line that
-- bench/dashboard-load.sh reads.
-- Usage: wrk -t2 -c4 -d20s -H 'Authorization: Bearer demo-bupati' -s bench/lua/percentiles.lua http://127.0.0.1:PORT/pimpinan

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

-- per-thread state; non2xx and first_bad are globals so that done() can read them with thread:get
non2xx = 0
first_bad = ""

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
      if first_bad == "" then
         first_bad = tostring(status) .. " " .. string.sub(string.gsub(body or "", "%s+", " "), 1, 300)
      end
   end
end

function done(summary, latency, requests)
   local bad, sample = 0, ""
   for _, t in ipairs(threads) do
      bad = bad + tonumber(t:get("non2xx") or 0)
      local s = t:get("first_bad")
      if sample == "" and s ~= nil and s ~= "" then sample = s end
   end
   local e = summary.errors
   local function ms(us) return us / 1000 end
   io.write(string.format(
      "BENCH requests=%d duration_us=%d p50_ms=%.1f p90_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d timeouts=%d\n",
      summary.requests, summary.duration, ms(latency:percentile(50)), ms(latency:percentile(90)),
      ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max), bad,
      e.connect + e.read + e.write, e.timeout))
   if sample ~= "" then io.write("BENCH_FIRST_BAD " .. sample .. "\n") end
end
