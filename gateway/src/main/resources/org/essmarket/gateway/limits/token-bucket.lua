-- One caller's allowance, shared by every gateway node: the same token bucket as TokenBucket.java,
-- counted in whole numbers (one request costs a minute's worth of milliseconds), timed by Redis'
-- own clock so that the nodes' clocks need not agree.
-- KEYS[1]: the caller's key; ARGV[1]: requests a minute.
-- Returns 0 when the request may go on, else the whole seconds to wait.
local capacity = tonumber(ARGV[1])
local cost = 60000
local full = capacity * cost
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local state = redis.call('HMGET', KEYS[1], 'credit', 'at')
local credit = tonumber(state[1]) or full
local at = tonumber(state[2]) or now
credit = math.min(full, credit + math.max(0, now - at) * capacity)

local wait = 0
if credit >= cost then
  credit = credit - cost
else
  local millis = math.floor((cost - credit + capacity - 1) / capacity)
  wait = math.max(1, math.floor((millis + 999) / 1000))
end
redis.call('HSET', KEYS[1], 'credit', string.format('%d', credit), 'at', string.format('%d', now))
-- A bucket is full again after a minute: past that, a missing key means the same thing.
redis.call('PEXPIRE', KEYS[1], 61000)
return wait
