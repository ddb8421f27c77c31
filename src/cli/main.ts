import { EXIT } from './exit.js';
import { endQuietlyOnClosedPipe } from './io.js';
import { main } from './program.js';

// The CLI entry point (bin/newsgraph.js imports this module).
endQuietlyOnClosedPipe(process.stdout, process.stderr, (code) => process.exit(code), EXIT);
process.exitCode = await main(process.argv);
