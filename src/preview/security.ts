/**
 * Who may talk to the preview server. It listens on 127.0.0.1 only; on top of that every request
 * must
 *  - name the server itself in Host (127.0.0.1:PORT or localhost:PORT): a web page whose domain
 *    an attacker points at 127.0.0.1 (DNS rebinding) sends its own name and is refused;
 *  - come from the page itself when the browser says where it comes from (Origin,
 *    Sec-Fetch-Site): another site's page cannot call it, even knowing the address;
 *  - carry the random access token of this run as the first segment of its path (/t/TOKEN/…),
 *    which only the person who started the preview was given.
 * The rest of the path is matched against a fixed table of routes; none of it ever reaches the
 * file system.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface RequestHead {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export type Verdict = { ok: true; route: string } | { ok: false; status: 400 | 403 | 404 | 405 | 421; why: string };

/** The Host values that name this server. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The origins of the server's own page. */
export function ownOrigins(port: number): string[] {
  return ownHosts(port).map((h) => `http://${h}`);
}

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? (v.length === 1 ? v[0] : undefined) : v);

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Check a request against the server's port and token. On success, `route` is the path after
 * "/t/TOKEN" ("/" for the page itself), without query.
 */
export function checkRequest(req: RequestHead, port: number, token: string): Verdict {
  const host = one(req.headers.host)?.toLowerCase();
  if (!host || !ownHosts(port).includes(host)) return { ok: false, status: 421, why: 'host' };
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const o = one(origin);
    if (!o || !ownOrigins(port).includes(o.toLowerCase())) return { ok: false, status: 403, why: 'origin' };
  }
  const site = one(req.headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, why: 'fetch-site' };
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') return { ok: false, status: 405, why: 'method' };
  const raw = req.url ?? '';
  // Origin-form only ("/…"); an absolute URL or "*" is not a request for this page.
  if (!raw.startsWith('/')) return { ok: false, status: 400, why: 'url' };
  const pathOnly = raw.split(/[?#]/, 1)[0]!;
  const m = /^\/t\/([^/]+)(\/.*)?$/.exec(pathOnly);
  if (!m || !sameToken(m[1]!, token)) return { ok: false, status: 403, why: 'token' };
  const route = m[2] ?? '';
  // Every route is plain ASCII without dot segments, backslashes or escapes: anything else is
  // not one of ours (and never a file name to look up).
  if (route !== '' && !/^(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\/?$/.test(route)) return { ok: false, status: 404, why: 'path' };
  if (/(^|\/)\.\.?(\/|$)/.test(route)) return { ok: false, status: 404, why: 'path' };
  return { ok: true, route };
}

/** Headers of every answer: nothing leaves the page, nothing frames it, nothing is cached. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
