/**
 * The editor's view of a plan: yaml-language-server (the engine of VS Code's YAML extension) run
 * over stdio on a plan with an impossible date and a value that breaks a pattern. Its diagnostics
 * come from the schema's own Vietnamese texts (patternErrorMessage, errorMessage), never from the
 * raw regular expression.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, tempDir } from './helpers.js';

interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}

/** Open one document in a fresh server and return the first diagnostics it publishes. */
function languageServerDiagnostics(file: string, text: string): Promise<LspDiagnostic[]> {
  const server = path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('yaml-language-server published no diagnostics within 30 s'));
    }, 30_000);
    let buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1]);
        if (buffer.length < head + 4 + length) return;
        const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString()) as { id?: number; method?: string; params?: { items?: unknown[]; diagnostics?: LspDiagnostic[] } };
        buffer = buffer.subarray(head + 4 + length);
        if (message.method === 'textDocument/publishDiagnostics') {
          clearTimeout(timer);
          child.kill();
          resolve(message.params!.diagnostics!);
        } else if (message.id !== undefined && message.method) {
          // Requests from the server (configuration, capability registration): answer them.
          send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params!.items!.map(() => ({ validate: true })) : null });
        } else if (message.id === 1) {
          send({ method: 'initialized', params: {} });
          send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: { validate: true, schemas: {} } } } });
          send({ method: 'textDocument/didOpen', params: { textDocument: { uri: pathToFileURL(file).href, languageId: 'yaml', version: 1, text } } });
        }
      }
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  });
}

describe('yaml-language-server shows the schema in Vietnamese', () => {
  it('an impossible date and a bad abbreviation give the Vietnamese texts, not the regular expression', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ke-hoach.yaml');
    const schema = path.relative(dir, path.join(ROOT, 'schemas', 'plan.schema.json')).split(path.sep).join('/');
    const text = readFileSync(path.join(EXAMPLES, 'minimal.yaml'), 'utf8')
      .replace(/\$schema=\S+/, `$schema=${schema}`)
      .replace('date: 2026-01-08', 'date: 31/02/2025')
      .replace('abbreviation: UBND', 'abbreviation: ubnd')
      .replace('authority: TM', 'authority: TMM');
    writeFileSync(file, text);
    const diagnostics = await languageServerDiagnostics(file, text);
    const byLine = Object.fromEntries(diagnostics.map((d) => [d.range.start.line + 1, d.message]));
    expect(byLine[8]).toBe('Ngày không đúng dạng hoặc không có trên lịch. Viết NGÀY/THÁNG/NĂM (08/01/2026) hoặc NĂM-THÁNG-NGÀY (2026-01-08); dự thảo: "2026" hoặc "2026-01".');
    expect(byLine[5]).toBe('Chữ viết tắt tên cơ quan: chữ in hoa và số, không dấu cách, ví dụ "UBND".');
    expect(byLine[33]).toBe('Giá trị không hợp lệ; chọn một trong: TM, KT, Q, TL, TUQ, none.');
    for (const d of diagnostics) expect(d.message).not.toMatch(/pattern|\^\[|String does not|Value is not accepted/);
  });

  it('accepts the dates clerks write, day first', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ke-hoach.yaml');
    const schema = path.relative(dir, path.join(ROOT, 'schemas', 'plan.schema.json')).split(path.sep).join('/');
    for (const date of ['08/01/2026', '8/1/2026', '29/02/2024', '2026-01-08']) {
      const text = readFileSync(path.join(EXAMPLES, 'minimal.yaml'), 'utf8').replace(/\$schema=\S+/, `$schema=${schema}`).replace('date: 2026-01-08', `date: ${date}`);
      writeFileSync(file, text);
      expect(await languageServerDiagnostics(file, text), date).toEqual([]);
    }
  });
});
