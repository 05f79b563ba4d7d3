-- POST /api/links with a paragraph of German text, as the link editor sends it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text":"Im Quartier bietet die Polizei Bürgersprechstunden an. Nachbarn berichten ' ..
  'von Einbrüchen und Graffiti; der Präventionsrat plant mehr Beleuchtung und Zivilcourage-Kurse."}'
