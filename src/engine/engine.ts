import { assemble } from '../analysis/assemble.js';
import { Analysis } from '../analysis/analysis.js';
import { DocumentBuilder } from '../doc/build.js';
import { checkArticle, DEFAULT_MAX_CHARS, normalizePublishedAt, type ArticleInput } from '../input/article.js';
import type { AnyExtractor } from '../pipeline/extractor.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { defaultExtractors } from './extractors.js';
import { Resources } from './resources.js';

export interface EngineOptions {
  /** Folder of data files (lexicons, gazetteer, models); defaults to the package's data/. */
  readonly dataDir?: string;
  /** Replace the default extractors (for tests and experiments). */
  readonly extractors?: (resources: Resources) => AnyExtractor[];
  /** Longest text analysed, in characters. */
  readonly maxChars?: number;
}

/** An engine: built once (resources loaded, pipeline checked), then used read-only for any number of articles. */
export interface Engine {
  /** Analyse one article. Throws InputError for input that cannot be analysed (empty, binary, too large, bad date). */
  analyze(article: ArticleInput): Analysis;
  /** Extractor name -> version, as recorded in every analysis. */
  readonly versions: Readonly<Record<string, string>>;
  /** Resource load times in ms. */
  readonly loadTimings: readonly { readonly name: string; readonly ms: number }[];
}

let anonymous = 0;

export function createEngine(options: EngineOptions = {}): Engine {
  const resources = new Resources(options.dataDir);
  const builder = resources.get('document-builder', () => new DocumentBuilder());
  const pipeline = new Pipeline((options.extractors ?? defaultExtractors)(resources));
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const versions = Object.freeze({ document: '1.0.0', ...pipeline.versions });
  const engine: Engine = {
    versions,
    loadTimings: Object.freeze([...resources.timings()]),
    analyze(article: ArticleInput): Analysis {
      checkArticle(article, maxChars);
      const publishedAt = normalizePublishedAt(article.publishedAt);
      const doc = builder.build({
        id: article.id ?? `article-${++anonymous}`,
        text: article.text,
        title: article.title ?? null,
        url: article.url ?? null,
        publishedAt,
      });
      return new Analysis(assemble(doc, pipeline.run(doc), versions));
    },
  };
  return Object.freeze(engine);
}
