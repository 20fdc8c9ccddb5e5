-- wrk script for bench/soak.ts: every request picks a route of the site or the API, a date from
-- the day the Convention opened for signature to today, a language and an encoding at random.
-- Arguments (after wrk's "--"): the first and the last day, as days since 1970-01-01.
-- done() prints one line "SOAK {json}" with the totals of every thread.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local first_day, last_day

function init(args)
  first_day = tonumber(args[1])
  last_day = tonumber(args[2])
  math.randomseed(os.time() * 1000 + id)
end

local languages = { "en", "fr", "es" }
local accept_languages = { "en", "fr-CH, fr;q=0.9, en;q=0.8", "es-ES,es;q=0.9", "de, en;q=0.5" }
local encodings = { "identity", "gzip", "br", "gzip, deflate, br" }
-- States that count as States on every day of the range (no profile answers 400 for a date).
local states = { "AFG", "AUS", "BRA", "CAN", "CHN", "EGY", "FIN", "FRA", "IND", "JPN", "KEN", "LKA", "MEX", "NLD", "NOR", "POL", "RUS", "UKR", "USA", "ZAF" }

local function pick(list) return list[math.random(#list)] end
local function day() return math.random(first_day, last_day) end
local function date(d) return os.date("!%Y-%m-%d", (d or day()) * 86400) end

-- Per mille: { weight, function(lang) -> path }
local routes = {
  { 150, function(l) return "/" .. l .. "/apmbc/?asOf=" .. date() end },
  { 50, function(_) return "/apmbc/?asOf=" .. date() end },
  { 100, function(l) return "/" .. l .. "/apmbc/states?asOf=" .. date() .. (math.random(2) == 1 and "&status=joined" or "") end },
  { 150, function(l) return "/" .. l .. "/apmbc/states/" .. pick(states) .. "?asOf=" .. date() end },
  { 50, function(l) return "/" .. l .. "/states/" .. pick(states) .. "?asOf=" .. date() end },
  { 150, function(_) return "/api/v1/apmbc/states?asOf=" .. date() end },
  { 100, function(_) return "/api/v1/apmbc/states/" .. pick(states) .. "?asOf=" .. date() end },
  { 80, function(_) return "/api/v1/apmbc/status?asOf=" .. date() end },
  { 30, function(_) local a, b = day(), day(); return "/api/v1/apmbc/changes?from=" .. date(math.min(a, b)) .. "&to=" .. date(math.max(a, b)) end },
  { 30, function(l) local a, b = day(), day(); return "/" .. l .. "/apmbc/changes?from=" .. date(math.min(a, b)) .. "&to=" .. date(math.max(a, b)) end },
  { 40, function(l) return "/" .. l .. "/apmbc/lists/states-parties.csv?asOf=" .. date() end },
  { 30, function(l) return "/" .. l .. "/apmbc/lists/states-not-party.json?asOf=" .. date() end },
  { 20, function(_) return "/apmbc/feed.atom" end },
  -- A PDF costs 65-90 ms of CPU for a new date: sparingly.
  { 5, function(l) return "/" .. l .. "/apmbc/lists/states-parties.pdf?asOf=" .. date() end },
  -- A tracking tag: one 301 to the canonical address.
  { 15, function(l) return "/" .. l .. "/apmbc/?asOf=" .. date() .. "&utm_source=soak" end },
}

function request()
  local r = math.random(1000)
  local lang = pick(languages)
  for _, route in ipairs(routes) do
    r = r - route[1]
    if r <= 0 then
      return wrk.format("GET", route[2](lang), { ["Accept-Encoding"] = pick(encodings), ["Accept-Language"] = pick(accept_languages) })
    end
  end
  return wrk.format("GET", "/apmbc/")
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'SOAK {"requests":%d,"durationUs":%d,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},"latencyUs":{"p50":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d,"mean":%.0f}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max, latency.mean))
end
