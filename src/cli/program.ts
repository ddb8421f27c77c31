import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { errorMessage } from '../errors.js';
import { EXPORT_FORMATS } from '../export/export.js';
import { DEFAULT_MAX_CHARS } from '../input/article.js';
import { DEFAULT_MAX_BODY } from '../api/server.js';
import { DEFAULT_DB } from '../store/open.js';
import { DEFAULT_LIMIT, MAX_LIMIT, SEARCH_LIMIT } from '../store/sql/filters.js';
import { MODALITY_FILTERS } from '../store/types.js';
import { analyzeCommand } from './analyze.js';
import { DEMO_DB, demoCommand } from './demo.js';
import { EXIT, exitCodeFor } from './exit.js';
import { parseSize } from '../api/http.js';
import { parsePort, serveCommand, untilSignal } from './serve.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { processIo } from './io.js';
import { countryCode, DB_HELP, day, defaultWorkers, eventType, figureCategory, nonNegativeInt, positiveInt, publishedDate } from './options.js';
import { queryActors, queryEvents, queryFigures, queryQuotes, searchCommand } from './query.js';
import { statusCommand } from './status.js';
import { workerCommand } from './worker.js';

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
    .option('--max-size <chars>', `longest article text analysed, in characters (default: ${DEFAULT_MAX_CHARS})`, positiveInt('--max-size'))
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
      throw new InvalidArgumentError(`--max-body: ${errorMessage(err)}`);
    }
  };

  program
    .command('serve')
    .description('Serve the HTTP API (/api/..., /openapi.json) and the web page over a store.')
    .option('--db <path|url>', DB_HELP, DEFAULT_DB)
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 8080)
    .option('--host <address>', 'address to listen on; keep the loopback default unless others should read the store', '127.0.0.1')
    .option('--max-body <size>', `largest request body, e.g. 2mb, 512kb (default: ${DEFAULT_MAX_BODY / 1024 / 1024}mb)`, maxBody)
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

  registerStoreCommands(program, setExit);
  return program;
}

/** The store's commands: ingest, worker, query, search, export, status (each command's code is in its own file). */
function registerStoreCommands(program: Command, setExit: (code: number) => void): void {
  const db = () => new Option('--db <db>', DB_HELP).default(DEFAULT_DB);
  const output = (c: Command, limit = DEFAULT_LIMIT) => c
    .addOption(db())
    .option('--json', 'print JSON (for scripts)')
    .option('--csv', 'print CSV (for spreadsheets)')
    .option('--limit <n>', `most rows printed (default: ${limit}, at most ${MAX_LIMIT})`, positiveInt('--limit'))
    .option('--offset <n>', 'rows passed over first (default: 0)', nonNegativeInt('--offset'));
  const run = <A extends unknown[]>(f: (...a: A) => Promise<number>) => async (...a: A) => { setExit(await f(...a)); };

  program
    .command('ingest')
    .description('Read articles (files, folders, JSONL, RSS/Atom feeds, WARC/WARC.gz, URLs), analyse the new ones and store them.')
    .argument('[inputs...]', 'files, folders, or http(s) URLs of pages and feeds')
    .addOption(db())
    .option('--workers <n>', 'analysis threads', positiveInt('--workers'), defaultWorkers())
    .option('--published <date>', 'publication date for articles that state none', publishedDate)
    .option('--max-bytes <n>', 'largest page, file or JSONL line read; larger ones are skipped', positiveInt('--max-bytes'), 5_000_000)
    .option('--no-fetch', "do not fetch the pages of feed items that carry only a summary (they are skipped as feed-no-text)")
    .option('--reanalyze', 'also analyse again every stored article made by other extractor versions', false)
    .option('--queue', 'only put the articles on the PostgreSQL queue, for `newsgraph worker` (needs --db postgres://...)', false)
    .option('--job-timeout <s>', 'with --queue: seconds after which a job a worker took is handed to another worker', positiveInt('--job-timeout'), 300)
    .option('--json', 'print the summary as JSON', false)
    .option('--progress-every <s>', 'seconds between progress lines when standard error is not a terminal', positiveInt('--progress-every'), 10)
    .addHelpText('after', `
Each article is stored in one transaction with its analysis and facts. What the store holds
already (same file, line, record or link) is passed over, so rerunning an interrupted ingest
finishes it and stores every article once. The same URL or the same text under another
origin is a duplicate. Inputs that are not English articles are skipped with a reason
(see \`newsgraph status\`).

Feed items with at least 600 characters of text are stored from the feed; shorter ones
(summaries) are fetched from their link unless --no-fetch.

Examples:
  newsgraph ingest ~/scraped/            # every .txt .html .jsonl .rss .xml .warc .warc.gz in it
  newsgraph ingest CC-NEWS-20220922.warc.gz --db news.db
  newsgraph ingest https://example.org/world/rss.xml
  newsgraph ingest pages/ --db postgres://user@host/news --queue`)
    .action(run((inputs: string[], opts) => ingestCommand(inputs, opts, processIo())));

  program
    .command('worker')
    .description('Analyse and store the articles queued by `ingest --queue`, from PostgreSQL; run any number, on any machines.')
    .addOption(db())
    .option('--workers <n>', 'analysis threads', positiveInt('--workers'), defaultWorkers())
    .option('--until-empty', 'stop when no job is left (instead of waiting for more)', false)
    .option('--poll <s>', 'seconds between looks at an empty queue', positiveInt('--poll'), 2)
    .option('--maintenance-interval <s>', 'seconds between hand-backs of jobs whose worker died', positiveInt('--maintenance-interval'), 30)
    .option('--json', 'print the summary as JSON', false)
    .option('--progress-every <s>', 'seconds between progress lines when standard error is not a terminal', positiveInt('--progress-every'), 10)
    .action(run((opts) => workerCommand({ ...opts, maintenance: opts.maintenanceInterval }, processIo())));

  const query = program.command('query').description('Query the store: events, quotes, figures, actors.');
  const modality = new Option('--modality <m>', 'asserted events only, or hedged, negated, all').choices(MODALITY_FILTERS).default('asserted');
  output(query
    .command('events')
    .description('Events as occurrences: one row per event, with the number of articles and sources telling it.')
    .option('--actor <actor>', 'actor: country (RUS), code (RUSGOV) or name (putin)')
    .option('--target <actor>', 'target: country, code or name')
    .option('--type <type>', 'PLOVER type (PROTEST, ASSAULT...) or category (NATURAL_DISASTER...)', eventType)
    .option('--country <code>', "country of the event's place (ISO alpha-3)", countryCode)
    .option('--from <day>', 'first day, YYYY-MM-DD', day('--from'))
    .option('--to <day>', 'last day, YYYY-MM-DD', day('--to'))
    .addOption(modality)
    .option('--mentions', 'one row per article telling an event, with its sentence', false)
    .option('--occurrence <id>', 'the mentions of one occurrence', positiveInt('--occurrence')))
    .action(run((opts) => queryEvents(opts, processIo())));
  output(query
    .command('quotes')
    .description('Quotes, with speaker, cue and article.')
    .option('--speaker <name>', 'speaker name or part of it')
    .option('--from <day>', 'first day, YYYY-MM-DD', day('--from'))
    .option('--to <day>', 'last day, YYYY-MM-DD', day('--to')))
    .action(run((opts) => queryQuotes(opts, processIo())));
  output(query
    .command('figures')
    .description('Figures (counts of arrests, deaths, displaced...), with their sentence.')
    .option('--category <c>', 'ARREST KILL WOUND DISPLACE PROTEST KIDNAP AFFECT SEIZE MONEY PERCENT OTHER', figureCategory)
    .option('--country <code>', 'country (ISO alpha-3) of a place in the same sentence, else of the article', countryCode)
    .option('--from <day>', 'first day, YYYY-MM-DD', day('--from'))
    .option('--to <day>', 'last day, YYYY-MM-DD', day('--to')))
    .action(run((opts) => queryFigures(opts, processIo())));
  output(query
    .command('actors')
    .description('Actors merged across articles, with article and mention counts.')
    .option('--name <name>', 'name or part of it')
    .option('--code <code>', 'code (RUSGOV) or country (RUS)'))
    .action(run((opts) => queryActors(opts, processIo())));

  output(program
    .command('search')
    .description('Full-text search of titles and texts: every word must match, "quoted phrases" stay together; the best matches among the latest 500.')
    .argument('<words...>', 'words to find'), SEARCH_LIMIT)
    .action(run((words: string[], opts) => searchCommand(words.join(' '), opts, processIo())));

  program
    .command('export')
    .description('Write the store out: jsonl (articles with analyses), csv (event mentions), gdelt (GDELT 2.0 event rows), plover (PLOVER JSON records).')
    .addOption(db())
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .option('--out <file>', 'write to a file instead of standard output')
    .addOption(new Option('--modality <m>', 'events exported: asserted, hedged, negated, all').choices(MODALITY_FILTERS).default('asserted'))
    .action(run((opts) => exportCommand(opts, processIo())));

  program
    .command('status')
    .description('What the store holds: articles, facts, analyses by extractor versions, skipped inputs and why, queue.')
    .addOption(db())
    .option('--json', 'print JSON', false)
    .action(run((opts) => statusCommand(opts, processIo())));
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
