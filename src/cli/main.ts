import { main } from './program.js';

// The CLI entry point (bin/newsgraph.js imports this module).
process.exitCode = await main(process.argv);
