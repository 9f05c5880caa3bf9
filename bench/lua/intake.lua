-- wrk script: POST /api/v1/reports, each request with a new report (its own number in the description) and a
-- distinct Idempotency-Key made of a per-run nonce, the wrk thread's number, a per-thread counter and a random
-- number. Counts every answer that is not 2xx and prints a "BENCH ..." line that bench/reports-load.sh reads.
-- With an argument N > 1, each request comes from one of N client addresses (X-Forwarded-For 10.x.y.z, chosen
-- at random), as citizens' submissions do; the application must trust 127.0.0.1 as its proxy to use them.
-- Usage: wrk -t2 -c32 -d25s --latency -s bench/lua/intake.lua http://127.0.0.1:PORT [-- N]

local threads = {}
local nonce = tostring(os.time())

function setup(thread)
   thread:set("tid", #threads + 1)
   thread:set("nonce", nonce)
   table.insert(threads, thread)
end

-- per-thread state; non2xx and first_bad are globals so that done() can read them with thread:get
local counter = 0
non2xx = 0
first_bad = ""
local tid = 0
local run = ""
local addresses = 1

function init(args)
   addresses = tonumber(args[1] or "1") or 1
   tid = tonumber(wrk.thread:get("tid"))
   run = wrk.thread:get("nonce")
   math.randomseed(os.time() * 1000 + tid)
   wrk.method = "POST"
   wrk.path = "/api/v1/reports"
end

local body_format = '{"kind":"COMPLAINT","categoryCode":"JALAN",'
   .. '"description":"Jalan berlubang di depan pasar nomor %d-%d",'
   .. '"districtCode":"94.04.01","villageCode":"94.04.01.1008"}'

function request()
   counter = counter + 1
   local key = string.format("bench-%s-%d-%d-%d", run, tid, counter, math.random(1, 1000000000))
   local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Idempotency-Key"] = key }
   if addresses > 1 then
      local n = math.random(0, addresses - 1)
      headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
   end
   return wrk.format(nil, nil, headers, string.format(body_format, tid, counter))
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
