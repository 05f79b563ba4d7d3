// Talks to the server's JSON API. Every request may be cancelled: a newer request of the same
// kind aborts the one still running, so a slow answer never overwrites a newer one.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? body.error : {code: 'http', message: response.statusText};
    throw new ApiError(response.status, error.code, error.message);
  }
  return body;
}

export async function getJson(path, params = {}, signal = undefined) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') url.searchParams.append(name, one);
    }
  }
  return parse(await fetch(url, {signal, headers: {Accept: 'application/json'}}));
}

export async function postJson(path, body, signal = undefined) {
  return parse(await fetch(path, {
    method: 'POST',
    signal,
    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify(body),
  }));
}

// Runs one request at a time: start() aborts the previous one. Resolves to null for an aborted
// request, so callers simply ignore it.
export class LatestRequest {
  constructor() {
    this.controller = null;
  }

  async start(run) {
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      return await run(controller.signal);
    } catch (error) {
      if (error.name === 'AbortError') return null;
      throw error;
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }
}

export function isAborted(result) {
  return result === null;
}
