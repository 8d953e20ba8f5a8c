-- wrk script for the serve load figures in BENCHMARKS.md:
--   domainyours serve --backend builtin --rate-limit 0 --max-concurrent 64 --addr 127.0.0.1:8080 &
--   wrk -t2 -c16 -d30s --latency -s scripts/wrk-suggest.lua http://127.0.0.1:8080/v1/suggest
-- Each request asks for one of ten descriptions with its own seed, so the
-- generator does real work every time.
local descriptions = {
  "a bakery in Lyon", "an eco-friendly dog grooming van in Austin", "a yoga studio for seniors",
  "a bicycle repair shop in Amsterdam", "a tax advisor for freelancers", "an organic coffee roaster",
  "a children's coding school", "a vegan food truck", "a wedding photographer in Tuscany", "a ceramic studio",
}
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"description": "%s", "seed": %d}', descriptions[(n % #descriptions) + 1], n % 64)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
response = function(status)
  if status ~= 200 then
    io.stderr:write("status " .. status .. "\n")
  end
end
