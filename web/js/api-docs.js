// Renders GET /api/openapi.json with the vendored Swagger UI (loaded before this module as the
// global SwaggerUIBundle).
SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger',
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: false,
});
