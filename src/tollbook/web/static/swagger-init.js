// Swagger UI for /openapi.json, started from a file because the CSP forbids inline script.
window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
