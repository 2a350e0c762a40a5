-- wrk script: POST /v1/route with a rotation of Swedish enquiries (see Benchmarks/http-route.sh).
local enquiries = {
  "När är sista ansökningsdag för aktivitetsstöd?",
  "Kan vi hyra stora scenen på Barbacka för en konsert?",
  "Gatlampan utanför klubbstugan är trasig",
  "Behöver vi bygglov för ett förråd vid klubbhuset?",
  "Vår pensionärsförening vill söka bidrag från omsorgen",
  "Hej, jag vet inte vem jag ska prata med",
  "Vi vill sälja korv och kaffe på cupen, behövs registrering?",
  "Hur ansöker jag om ekonomiskt bistånd?",
}
local bodies = {}
for i, text in ipairs(enquiries) do bodies[i] = '{"text": "' .. text .. '"}' end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", "/v1/route", { ["Content-Type"] = "application/json" }, bodies[(counter % #bodies) + 1])
end
