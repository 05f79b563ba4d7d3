-- GET /api/search over a rotating set of German queries: words, inflections, compounds, typos.
local queries = {
  "H%C3%A4usliche%20Gewalt", "B%C3%BCrgersprechstunden", "Einbruchschutz", "Grafitti",
  "Pr%C3%A4vention%20Jugend", "Zivilcourage", "Enkeltrick%20Telefon", "Kriminalit%C3%A4tsfurcht",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/search?q=" .. queries[(n % #queries) + 1])
end
