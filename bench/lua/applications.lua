-- wrk script: POST /api/v1/applicant/applications as the demo citizen (HTTP Basic), each request a new application
-- for Kartu AK/I with a small PDF and a distinct Idempotency-Key. The multipart body is read from the file given as
-- the first argument (bench/applications-load.sh writes it). Prints the "BENCH ..." line the script reads.
-- Usage: wrk -t2 -c16 -d25s --latency -s bench/lua/applications.lua http://127.0.0.1:PORT -- body.txt BOUNDARY AUTH

local threads = {}
local nonce = tostring(os.time())

function setup(thread)
   thread:set("tid", #threads + 1)
   thread:set("nonce", nonce)
   table.insert(threads, thread)
end

local counter = 0
non2xx = 0
first_bad = ""
local tid = 0
local run = ""
local body = ""
local boundary = ""
local auth = ""

function init(args)
   tid = tonumber(wrk.thread:get("tid"))
   run = wrk.thread:get("nonce")
   local f = assert(io.open(args[1], "rb"))
   body = f:read("*a")
   f:close()
   boundary = args[2]
   auth = args[3]
   wrk.method = "POST"
   wrk.path = "/api/v1/applicant/applications"
end

function request()
   counter = counter + 1
   local key = string.format("bench-%s-%d-%d", run, tid, counter)
   local headers = { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary, ["Accept"] = "application/json",
      ["Authorization"] = auth, ["Idempotency-Key"] = key }
   return wrk.format(nil, nil, headers, body)
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
