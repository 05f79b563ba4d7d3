// Checks of the server itself that need no browser: the OpenAPI document against a real
// validator, the security headers, and that no static path leads out of the web folder.
import assert from 'node:assert/strict';
import http from 'node:http';

import SwaggerParser from '@apidevtools/swagger-parser';

// A request exactly as written: fetch() would resolve "/../" before sending it.
function rawGet(base, rawPath) {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({host: url.hostname, port: url.port, path: rawPath, method: 'GET'}, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({status: response.statusCode, headers: response.headers, body}));
    });
    request.on('error', reject);
    request.end();
  });
}

export async function checkOpenApi(base) {
  const document = await (await fetch(`${base}/api/openapi.json`)).json();
  assert.match(document.openapi, /^3\.0\./);
  const api = await SwaggerParser.validate(structuredClone(document));
  for (const path of ['/api/search', '/api/analyze', '/api/entries/{slug}', '/api/graph', '/api/openapi.json', '/karte']) {
    assert.ok(api.paths[path], `${path} is described`);
  }
  const search = api.paths['/api/search'].get.parameters.map((p) => p.name);
  for (const name of ['q', 'tag', 'as_you_type', 'limit', 'offset']) assert.ok(search.includes(name), `search parameter ${name}`);
}

export async function checkHeaders(base) {
  const home = await rawGet(base, '/');
  const version = /\/static\/([0-9a-f]+)\//.exec(home.body)[1];
  for (const path of ['/', '/api/health', `/static/${version}/js/search.js`, '/e/gibt-es-nicht', '/api/nothing']) {
    const {headers} = await rawGet(base, path);
    const policy = headers['content-security-policy'] || '';
    const scripts = /script-src ([^;]*)/.exec(policy);
    assert.ok(scripts, `${path}: a script-src`);
    assert.doesNotMatch(scripts[1], /unsafe-inline|unsafe-eval/, `${path}: no inline scripts`);
    assert.match(policy, /default-src 'self'/);
    assert.equal(headers['x-content-type-options'], 'nosniff', `${path}: nosniff`);
  }
  const script = await rawGet(base, `/static/${version}/js/search.js`);
  assert.equal(script.status, 200);
  assert.match(script.headers['content-type'], /^text\/javascript/);
  assert.match(script.headers['cache-control'], /immutable/);
  assert.match(home.headers['cache-control'], /no-cache/);
  const unknownApi = await rawGet(base, '/api/nothing');
  assert.equal(unknownApi.status, 404);
  assert.equal(JSON.parse(unknownApi.body).error.code, 'not_found');
}

export async function checkStaticPathsStayInside(base) {
  const home = await rawGet(base, '/');
  const version = /\/static\/([0-9a-f]+)\//.exec(home.body)[1];
  const escapes = [
    '../CMakeLists.txt', '../../CMakeLists.txt', '%2e%2e/CMakeLists.txt', '%2E%2E%2FCMakeLists.txt',
    '..%2fCMakeLists.txt', '..%5cCMakeLists.txt', 'js/../../CMakeLists.txt', 'js/%2e%2e/%2e%2e/CMakeLists.txt',
    '%252e%252e/CMakeLists.txt', '.%2e/CMakeLists.txt', '/etc/passwd', '%2fetc%2fpasswd', 'vendor/package.json/../../../README.md',
  ];
  for (const escape of escapes) {
    for (const path of [`/static/${version}/${escape}`, `/static/${escape}`, `/${escape}`]) {
      const response = await rawGet(base, path);
      assert.equal(response.status, 404, `${path} must not be found`);
      assert.doesNotMatch(response.body, /cmake_minimum_required|root:x:0|# querverweis/, `${path} leaked a file`);
    }
  }
  for (const hidden of ['.gitignore', 'vendor/.hidden', 'index.html', 'vendor/update.sh']) {
    const response = await rawGet(base, `/static/${version}/${hidden}`);
    assert.equal(response.status, 404, `${hidden} is not a static file`);
  }
}
