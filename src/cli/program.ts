import { Command, CommanderError, Option } from 'commander';
import { errorMessage } from '../errors.js';
import { analyzeCommand } from './analyze.js';
import { DEMO_DB, demoCommand } from './demo.js';
import { EXIT, exitCodeFor } from './exit.js';
import { parseSize } from '../api/http.js';
import { parsePort, serveCommand, untilSignal } from './serve.js';
import { DEFAULT_DB } from '../store/open.js';

/** Build the command-line program. Each command returns its exit code. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('newsgraph')
    .description('Reads news and rebuilds, as data, the world it describes: actors, events, quotes, figures, times and places.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('analyze')
    .description('Analyse articles (.txt, .html, .jsonl) into the analysis format (docs/analysis-format.md).')
    .argument('[files...]', 'article files: .txt (one article), .html (main text extracted), .jsonl (one article per line)')
    .option('--published <date>', 'publication date (YYYY-MM-DD or ISO date-time) for articles that lack one; relative dates resolve against it')
    .addOption(new Option('--format <format>', 'output: json (one object, or JSON Lines for several articles) or text (a readable report)').choices(['json', 'text']).default('json'))
    .option('--jsonl', 'read JSON Lines articles from standard input, write one JSON line per input line, errors as {"id","error"} lines', false)
    .option('--max-size <chars>', 'longest article text analysed, in characters', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`--max-size must be a positive integer, not "${v}"`);
      return n;
    })
    .addHelpText('after', `
Exit codes: 0 when at least one article was analysed, 2 on wrong usage, 3 when every input failed
(unreadable, empty, binary, not UTF-8, too large, not JSON, no "text"), 1 on an internal fault.

Examples:
  newsgraph analyze article.txt --published 2022-09-22 --format text
  newsgraph analyze pages/*.html > analyses.jsonl
  cat articles.jsonl | newsgraph analyze --jsonl > analyses.jsonl`)
    .action(async (files: string[], opts) => {
      setExit(await analyzeCommand(files, opts, {
        stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stderrIsTTY: Boolean(process.stderr.isTTY),
      }));
    });

  const serveIo = () => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, stopped: untilSignal() });
  const maxBody = (v: string) => {
    try {
      return parseSize(v);
    } catch (err) {
      throw new Error(`--max-body: ${errorMessage(err)}`);
    }
  };

  program
    .command('serve')
    .description('Serve the HTTP API (/api/..., /openapi.json) and the web page over a store.')
    .option('--db <path|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 8080)
    .option('--host <address>', 'address to listen on; keep the loopback default unless others should read the store', '127.0.0.1')
    .option('--max-body <size>', 'largest request body (e.g. 2mb, 512kb)', maxBody)
    .addHelpText('after', `
Reads are open. Writes (POST /api/articles) need the token in NEWSGRAPH_TOKEN, sent as
"Authorization: Bearer <token>"; without NEWSGRAPH_TOKEN, writes are refused.

Examples:
  newsgraph serve --db newsgraph.db
  NEWSGRAPH_TOKEN=$(openssl rand -hex 16) newsgraph serve --port 9000`)
    .action(async (opts) => {
      setExit(await serveCommand(opts, serveIo()));
    });

  program
    .command('demo')
    .description('Analyse the bundled demo corpus (demo/articles.jsonl) into a fresh SQLite store and serve it.')
    .option('--db <path>', 'SQLite file to (re)create', DEMO_DB)
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(async (opts) => {
      setExit(await demoCommand(opts, serveIo()));
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => { code = c; });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`newsgraph: ${errorMessage(err)}\n`);
    return exitCodeFor(err);
  }
  return code;
}
