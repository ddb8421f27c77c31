import { storeConformance } from './conformance.js';
import { SqliteStore } from './sqlite/store.js';

storeConformance('SQLite (in memory)', async () => SqliteStore.open(':memory:'));
