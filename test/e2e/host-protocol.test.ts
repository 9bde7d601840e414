// The browser host's protocol, as other tools will use it: POST /api/invoke with JSON and a
// bearer token; malformed requests get a Persian message and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startHost, api, type Host } from './harness.ts';

const PERSIAN = /[\u0600-\u06FF]/;
let host: Host;

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${host.url}/api/invoke`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  return { status: res.status, json: (await res.json()) as { ok: boolean; error?: { code: string; message: string } } };
}

beforeAll(async () => {
  host = await startHost();
});
afterAll(async () => {
  await host?.stop();
});

describe('browser host protocol', () => {
  it('serves the renderer with a strict content security policy', async () => {
    const res = await fetch(host.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('answers setup.status without a session', async () => {
    const r = await api(host, 'setup.status', {});
    expect(r).toEqual({ ok: true, result: { initialized: false, centre: null } });
  });

  it('refuses a body that is not JSON, with a Persian message', async () => {
    const r = await post('{not json');
    expect(r.status).toBe(400);
    expect(r.json.ok).toBe(false);
    expect(r.json.error?.code).toBe('BAD_REQUEST');
    expect(r.json.error?.message).toMatch(PERSIAN);
  });

  it('refuses a body without a channel', async () => {
    for (const body of ['[]', '42', '{"input":{}}', '{"channel":5}']) {
      const r = await post(body);
      expect(r.status, body).toBe(400);
      expect(r.json.error?.code, body).toBe('BAD_REQUEST');
    }
  });

  it('refuses an unknown channel', async () => {
    const r = await post(JSON.stringify({ channel: 'donors.drop', input: {} }));
    expect(r.status).toBe(404);
    expect(r.json.error?.code).toBe('UNKNOWN_CHANNEL');
    expect(r.json.error?.message).toContain('donors.drop');
  });

  it('refuses a protected channel without a token, and with a forged one', async () => {
    for (const headers of [{}, { Authorization: 'Bearer forged-token' }] as Record<string, string>[]) {
      const r = await post(JSON.stringify({ channel: 'donors.search', input: {} }), headers);
      expect(r.status).toBe(401);
      expect(r.json.error?.code).toBe('UNAUTHENTICATED');
      expect(r.json.error?.message).toMatch(PERSIAN);
    }
  });

  it('refuses invalid setup input and stays uninitialised', async () => {
    const r = await post(JSON.stringify({ channel: 'setup.init', input: { centre: { name: '' } } }));
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe('VALIDATION');
    expect(r.json.error?.message).toMatch(PERSIAN);
    expect((await api(host, 'setup.status', {})).result.initialized).toBe(false);
  });

  it('refuses other HTTP methods on the API', async () => {
    const res = await fetch(`${host.url}/api/invoke`);
    expect(res.status).toBe(405);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const port = Number(new URL(host.url).port);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/api/invoke', method: 'POST', headers: { Host: 'evil.example:80', 'Content-Type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ channel: 'setup.status', input: {} }));
    });
    expect(status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`${host.url}/..%2f..%2fpackage.json`);
    const text = await res.text();
    expect(text).not.toContain('"devDependencies"');
  });
});
