-- wrk script: GET requests that must answer 2xx. Without arguments it requests the URL's own path (e.g.
-- /actuator/health); with a file of tickets as argument it tracks reports, GET /api/v1/reports/{ticket},
-- each thread walking the list from its own starting point. The file is Lua: return { "K7PX-2QDM", ... }.
-- Counts every answer that is not 2xx and prints a "BENCH ..." line that bench/reports-load.sh reads.
-- Usage: wrk -t2 -c32 -d25s --latency -s bench/lua/get.lua http://127.0.0.1:PORT/actuator/health
--        wrk -t2 -c32 -d25s --latency -s bench/lua/get.lua http://127.0.0.1:PORT -- /tmp/tickets.lua

local threads = {}

function setup(thread)
   thread:set("tid", #threads + 1)
   table.insert(threads, thread)
end

-- per-thread state; non2xx and first_bad are globals so that done() can read them with thread:get
local tickets = nil
local next_index = 1
non2xx = 0
first_bad = ""

function init(args)
   wrk.headers["Accept"] = wrk.headers["Accept"] or "application/json"  -- a page asks with -H "Accept: text/html"
   if args[1] ~= nil then
      tickets = dofile(args[1])
      if #tickets == 0 then error("no tickets in " .. args[1]) end
      local tid = tonumber(wrk.thread:get("tid"))
      next_index = ((tid - 1) * 7919) % #tickets + 1
   end
end

function request()
   if tickets == nil then
      return wrk.format("GET")
   end
   local ticket = tickets[next_index]
   next_index = next_index % #tickets + 1
   return wrk.format("GET", "/api/v1/reports/" .. ticket)
end

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
   io.write(string.format(
      "BENCH requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d timeouts=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.max, bad, e.connect + e.read + e.write, e.timeout))
   if sample ~= "" then io.write("BENCH_FIRST_BAD " .. sample .. "\n") end
end
