import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT } from './exit.js';
import { endQuietlyOnClosedPipe } from './io.js';

function errorWith(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('endQuietlyOnClosedPipe', () => {
  it.each([
    ['EPIPE', EXIT.ok, ''],
    ['ENOSPC', EXIT.internal, 'newsgraph: cannot write the output: write ENOSPC\n'],
  ])('a write error %s ends with exit code %i', (code, exitCode, message) => {
    const out = new PassThrough();
    const err = new PassThrough();
    let written = '';
    err.on('data', (c) => (written += c));
    const codes: number[] = [];
    endQuietlyOnClosedPipe(out, err, (c) => codes.push(c), EXIT);
    out.emit('error', errorWith(code));
    expect(codes).toEqual([exitCode]);
    expect(written).toBe(message);
  });

  it('`newsgraph analyze --jsonl | head -1` ends quietly when the reader stops after one line', async () => {
    const line = JSON.stringify({ id: 'x', text: 'Farmers blocked a road near the port on Tuesday, the police said.' });
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    child.stdin.end(`${line}\n`.repeat(400));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(EXIT.ok);
  });
});
