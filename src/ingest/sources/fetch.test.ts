import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchFailure, fetchPage } from './fetch.js';

let server: Server | null = null;

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return `http://127.0.0.1:${addr.port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe('fetchPage', () => {
  it('returns the body and content type of a page', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Dockers strike</p>'));
    const page = await fetchPage(`${base}/a`, 1000);
    expect([page.contentType, page.body.toString()]).toEqual(['text/html', '<p>Dockers strike</p>']);
  });

  it('tries once more when the connection is reset before any answer', async () => {
    let requests = 0;
    const base = await serve((req, res) => {
      requests += 1;
      if (requests === 1) req.socket.destroy();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>second try</p>');
    });
    const page = await fetchPage(`${base}/a`, 1000);
    expect([requests, page.body.toString()]).toEqual([2, '<p>second try</p>']);
  });

  it('fails with fetch-failed, saying why, when the connection is reset twice', async () => {
    let requests = 0;
    const base = await serve((req) => {
      requests += 1;
      req.socket.destroy();
    });
    const err = await fetchPage(`${base}/a`, 1000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchFailure);
    expect((err as FetchFailure).reason).toBe('fetch-failed');
    expect((err as FetchFailure).message).toMatch(/other side closed|socket|ECONNRESET/i);
    expect(requests).toBe(2);
  });

  it('does not retry an HTTP error status, and bounds the body', async () => {
    let requests = 0;
    const base = await serve((req, res) => {
      requests += 1;
      if (req.url === '/missing') res.writeHead(404).end('no');
      else res.writeHead(200).end('x'.repeat(5000));
    });
    const missing = (await fetchPage(`${base}/missing`, 1000).catch((e: unknown) => e)) as FetchFailure;
    expect([missing.reason, requests]).toEqual(['fetch-failed', 1]);
    const big = (await fetchPage(`${base}/big`, 1000).catch((e: unknown) => e)) as FetchFailure;
    expect(big.reason).toBe('input-too-large');
  });
});
