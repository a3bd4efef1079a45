-- wrk script: POST the JSON file named by the environment variable BODY (docs/performance.md, "Earnings curve").
local file = assert(io.open(os.getenv("BODY"), "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
if os.getenv("ACCEPT") then
  wrk.headers["Accept"] = os.getenv("ACCEPT")
end
