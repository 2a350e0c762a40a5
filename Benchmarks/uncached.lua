-- wrk script: premises searches that never repeat within the response cache's capacity,
-- so every request runs the search and the JSON encoding.
local queries = {"q=scen&min_capacity=50", "q=bygdegard&district=Tollarp", "q=k%C3%B6k", "q=idrottshall&facility=dusch", "q=lokal&sort=capacity"}
local counter = 0
request = function()
  counter = counter + 1
  local query = queries[(counter % #queries) + 1]
  local path = "/v1/premises?" .. query .. "&limit=" .. ((counter % 100) + 1) .. "&offset=" .. (math.floor(counter / 100) % 200)
  return wrk.format("GET", path)
end
