"""The Lua scripts of the Redis pacing store: each one runs atomically on the server, so every
process naming the same identity books its requests on one schedule.

Times are the Redis server's clock (``TIME``), so processes on different hosts agree on it;
a script returns seconds relative to that clock, which each process then waits locally.
Numbers cross the script boundary as strings formatted with 17 significant digits: Redis
truncates Lua numbers in replies to integers, and epoch seconds need 16 digits for
microseconds.

The sliding-window search is the in-memory `ibkr_webapi.pacing.SlidingWindow` translated
line by line: a rate of N per span holds when any N + 1 consecutive starts span at least
span; a new start is checked against the N starts on each side of it.
"""

from __future__ import annotations

_COMMON = r"""
local function fmt(x) return string.format('%.17g', x) end
local function now()
  local t = redis.call('TIME')
  return tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local function keep_for(key, seconds)
  local ms = math.ceil(seconds * 1000) + 1000
  if redis.call('PTTL', key) < ms then redis.call('PEXPIRE', key, ms) end
end
"""

RESERVE = _COMMON + r"""
-- KEYS: global window, operation window, penalty box, sequence
-- ARGV: global requests, global span, operation requests (0: none), operation span
local TOLERANCE = 1e-6
local function fits(key, n, span, start)
  local before = redis.call('ZREVRANGEBYSCORE', key, fmt(start), '-inf', 'WITHSCORES',
                            'LIMIT', 0, n)
  local after = redis.call('ZRANGEBYSCORE', key, '(' .. fmt(start), '+inf', 'WITHSCORES',
                           'LIMIT', 0, n)
  local merged = {}
  for i = #before, 2, -2 do merged[#merged + 1] = tonumber(before[i]) end
  merged[#merged + 1] = start
  for i = 2, #after, 2 do merged[#merged + 1] = tonumber(after[i]) end
  for i = 1, #merged - n do
    if merged[i + n] - merged[i] < span - TOLERANCE then return false end
  end
  return true
end
local function earliest(key, n, span, candidate)
  if fits(key, n, span, candidate) then return candidate end
  local later = redis.call('ZRANGEBYSCORE', key, '(' .. fmt(candidate - span), '+inf',
                           'WITHSCORES')
  for i = 2, #later, 2 do
    local start = tonumber(later[i]) + span
    if start > candidate and fits(key, n, span, start) then return start end
  end
  error('unreachable: a start after every window always fits')
end

local t = now()
local gn, gspan = tonumber(ARGV[1]), tonumber(ARGV[2])
local on, ospan = tonumber(ARGV[3]), tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', fmt(t - gspan))
if on > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', fmt(t - ospan)) end
local candidate = math.max(t, tonumber(redis.call('GET', KEYS[3]) or '0'))
local start
while true do
  local first = candidate
  if on > 0 then first = earliest(KEYS[2], on, ospan, candidate) end
  start = earliest(KEYS[1], gn, gspan, first)
  if on == 0 or earliest(KEYS[2], on, ospan, start) == start then break end
  candidate = start
end
local id = redis.call('INCR', KEYS[4])
redis.call('PEXPIRE', KEYS[4], 86400000)
redis.call('ZADD', KEYS[1], fmt(start), id)
keep_for(KEYS[1], start - t + gspan)
if on > 0 then
  redis.call('ZADD', KEYS[2], fmt(start), id)
  keep_for(KEYS[2], start - t + ospan)
end
return fmt(start - t)
"""

PENALISE = _COMMON + r"""
-- KEYS: penalty box. ARGV: seconds. The box only ever closes later, never earlier.
local t = now()
local seconds = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if t + seconds > current then
  redis.call('SET', KEYS[1], fmt(t + seconds))
  keep_for(KEYS[1], seconds)
end
return fmt(math.max(current, t + seconds) - t)
"""

HELD_FOR = _COMMON + r"""
-- KEYS: penalty box. Returns the seconds until it opens (0 when open).
return fmt(math.max(0, tonumber(redis.call('GET', KEYS[1]) or '0') - now()))
"""

TAKE_SLOT = _COMMON + r"""
-- KEYS: the operation's slots (holder -> expiry). ARGV: cap, lease seconds, holder.
-- Expired leases are dropped first: a process that died holding a slot frees it this way.
local t = now()
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', fmt(t))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], fmt(t + tonumber(ARGV[2])), ARGV[3])
keep_for(KEYS[1], tonumber(ARGV[2]))
return 1
"""
