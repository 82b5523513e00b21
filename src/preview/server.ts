/**
 * The preview's HTTP server: 127.0.0.1 only, every request checked by ./security.ts, a fixed
 * table of routes. It serves the page's bundled assets (given in memory, by name), the outputs it
 * built, and a small JSON API; it writes only the open plan, through the session.
 *
 *   GET  /t/TOKEN/                    the page
 *   GET  /t/TOKEN/assets/NAME         a bundled asset (app.js, app.css, pdf.worker.mjs, …)
 *   GET  /t/TOKEN/api/state           folder, plans, the open plan
 *   GET  /t/TOKEN/api/events          server-sent events: the plan changed on disk, …
 *   POST /t/TOKEN/api/build           {name, text} → diagnostics and the PDF's address
 *   GET  /t/TOKEN/out/N.pdf           a PDF built from the page's text
 *   GET  /t/TOKEN/download/docx|pdf   the newest build, as a download
 *   POST /t/TOKEN/api/save            {name, text, base} → written, or the conflict
 *   POST /t/TOKEN/api/compare         {name, text, other, swap} → the diff report (HTML)
 *   POST /t/TOKEN/api/open            {name} → opens another plan of the folder
 *   POST /t/TOKEN/api/create          {file, level | from, unit, year} → a new plan, opened
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lang } from '../diagnostics/index.js';
import type { World } from '../world.js';
import type { PreviewIO } from './io.js';
import type { BuildRequest, CompareRequest, CreateRequest, OpenRequest, SaveRequest, ServerEvent } from './protocol.js';
import { checkRequest, newToken, SECURITY_HEADERS } from './security.js';
import { PreviewSession } from './session.js';

export interface PreviewOptions {
  io: PreviewIO;
  world: World;
  lang: Lang;
  /** The page's files by name (index.html, app.js, …), read once by the caller. */
  assets: ReadonlyMap<string, Uint8Array>;
  /** The plans folder's name, for the page's title. */
  folder: string;
  /** The plan to open (a file name in the folder); none: the page offers to pick or create one. */
  plan?: string;
  /** 0 (default): any free port. */
  port?: number;
  /** The access token; a new random one by default. */
  token?: string;
  /** The year a new plan gets by default. */
  year: number;
}

export interface PreviewServer {
  url: string;
  port: number;
  token: string;
  session: PreviewSession;
  close(): Promise<void>;
}

/** Largest request body accepted: a plan is at most 2 MB, JSON may escape it. */
const MAX_BODY = 8 * 1024 * 1024;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  png: 'image/png',
  woff2: 'font/woff2',
  woff: 'font/woff',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** "Kế hoạch 2026.docx" as a Content-Disposition value every browser reads. */
function attachment(file: string): string {
  const ascii = file.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file)}`;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const token = options.token ?? newToken();
  const clients = new Set<ServerResponse>();
  const broadcast = (event: ServerEvent) => {
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of clients) res.write(data);
  };
  const session = new PreviewSession({ io: options.io, world: options.world, lang: options.lang, folder: options.folder, year: options.year, notify: broadcast });
  if (options.plan !== undefined) {
    const opened = await session.open(options.plan);
    if (!opened.ok) throw new Error(opened.message);
  }
  let port = 0;

  const send = (res: ServerResponse, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(bytes.length), ...extra });
    res.end(res.req.method === 'HEAD' ? undefined : bytes);
  };
  const json = (res: ServerResponse, value: unknown, status = 200) => send(res, status, TYPES.json!, JSON.stringify(value));

  const readJson = async <T>(req: IncomingMessage): Promise<T> => {
    const type = String(req.headers['content-type'] ?? '');
    // A form or a "simple" cross-site request cannot send JSON without a preflight.
    if (!/^application\/json\b/i.test(type)) throw new HttpError(415, session.text('badRequest'));
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) throw new HttpError(413, session.text('tooLarge'));
      chunks.push(chunk as Buffer);
    }
    try {
      const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
      if (!value || typeof value !== 'object') throw new Error('not an object');
      return value as T;
    } catch {
      throw new HttpError(400, session.text('badRequest'));
    }
  };
  const str = (v: unknown): string => {
    if (typeof v !== 'string') throw new HttpError(400, session.text('badRequest'));
    return v;
  };

  const page = () => {
    const html = options.assets.get('index.html');
    if (!html) throw new HttpError(500, 'index.html missing from the bundle');
    return new TextDecoder().decode(html).replace(/%LANG%/g, options.lang);
  };

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const get = req.method === 'GET' || req.method === 'HEAD';
    if (path === '') {
      // "/t/TOKEN" → "/t/TOKEN/", so the page's relative addresses resolve under the token.
      res.writeHead(308, { ...SECURITY_HEADERS, Location: `/t/${token}/` });
      res.end();
      return;
    }
    if (get && path === '/') return send(res, 200, TYPES.html!, page());
    const asset = /^\/assets\/([a-z0-9][a-z0-9._-]*)$/.exec(path);
    if (get && asset) {
      const name = asset[1]!;
      const bytes = name === 'index.html' ? undefined : options.assets.get(name);
      if (!bytes) throw new HttpError(404, session.text('notFound'));
      return send(res, 200, TYPES[name.split('.').pop()!] ?? 'application/octet-stream', bytes);
    }
    if (get && path === '/api/state') return json(res, await session.state());
    if (get && path === '/api/events') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      res.write(': cchc-plan preview\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    const out = /^\/out\/([0-9]+)\.pdf$/.exec(path);
    if (get && out) {
      const pdf = await session.output(out[1]!);
      if (!pdf) throw new HttpError(404, session.text('notFound'));
      return send(res, 200, 'application/pdf', pdf);
    }
    if (get && (path === '/download/docx' || path === '/download/pdf')) {
      const name = session.openName;
      const latest = await session.latest();
      if (!name || !latest) throw new HttpError(404, session.text('notFound'));
      const base = name.replace(/\.ya?ml$/i, '');
      if (path.endsWith('pdf')) return send(res, 200, 'application/pdf', latest.pdf, { 'Content-Disposition': attachment(`${base}.pdf`) });
      const docx = await session.docx();
      if (!docx) throw new HttpError(404, session.text('notFound'));
      return send(res, 200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx.bytes, { 'Content-Disposition': attachment(`${base}.docx`) });
    }
    if (req.method !== 'POST') throw new HttpError(404, session.text('notFound'));
    switch (path) {
      case '/api/build': {
        const body = await readJson<BuildRequest>(req);
        return json(res, await session.build(str(body.name), str(body.text)));
      }
      case '/api/save': {
        const body = await readJson<SaveRequest>(req);
        const saved = await session.save(str(body.name), str(body.text), str(body.base));
        return json(res, saved, saved.ok ? 200 : saved.conflict ? 409 : 422);
      }
      case '/api/compare': {
        const body = await readJson<CompareRequest>(req);
        return json(res, await session.compare(str(body.name), str(body.text), str(body.other), body.swap === true));
      }
      case '/api/open': {
        const body = await readJson<OpenRequest>(req);
        const opened = await session.open(str(body.name));
        return json(res, opened.ok ? { ok: true, state: await session.state() } : opened, opened.ok ? 200 : 404);
      }
      case '/api/create': {
        const body = await readJson<CreateRequest>(req);
        const level = body.level;
        if (level !== undefined && level !== 'tinh' && level !== 'huyen' && level !== 'xa') throw new HttpError(400, session.text('badRequest'));
        const year = body.year === undefined || body.year === null ? undefined : Number(body.year);
        const created = await session.create({
          file: str(body.file),
          ...(level ? { level } : {}),
          ...(typeof body.unit === 'string' ? { unit: body.unit } : {}),
          ...(year !== undefined && Number.isFinite(year) ? { year } : {}),
          ...(typeof body.from === 'string' && body.from !== '' ? { from: body.from } : {}),
        });
        return json(res, created, created.ok ? 200 : 422);
      }
      default:
        throw new HttpError(404, session.text('notFound'));
    }
  }

  const server: Server = createServer((req, res) => {
    const verdict = checkRequest(req, port, token);
    if (!verdict.ok) {
      // Drain nothing, say little: the caller is not the page.
      send(res, verdict.status, TYPES.txt!, session.text(verdict.status === 404 ? 'notFound' : verdict.status === 400 || verdict.status === 405 ? 'badRequest' : 'forbidden') + '\n');
      return;
    }
    route(req, res, verdict.route).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) return json(res, { ok: false, message: e.message }, e.status);
      const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      json(res, { ok: false, message: session.text('internal', { message }) }, 500);
    });
  });
  // Keep-alive sockets of the page would hold close() open: requests are short.
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/t/${token}/`,
    port,
    token,
    session,
    close: async () => {
      session.close();
      for (const c of clients) c.end();
      clients.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
