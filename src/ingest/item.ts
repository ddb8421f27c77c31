/**
 * One input as the readers give it, before analysis: a text, an HTML page
 * (its main text is extracted in the analysis worker), or an input that
 * cannot be an article, with its reason.
 */
export type RawItem =
  | {
    readonly kind: 'text';
    readonly origin: string;
    readonly text: string;
    readonly title?: string | null;
    readonly url?: string | null;
    readonly publishedAt?: string | null;
    readonly source?: string | null;
  }
  | {
    readonly kind: 'html';
    readonly origin: string;
    readonly html: string;
    /** The page's URL when the reader knows it (WARC target, feed link). */
    readonly url?: string | null;
    /** A title for pages that lack one (a feed item's title). */
    readonly title?: string | null;
    /** A date for pages that state none (a feed's pubDate, a WARC record's crawl date). */
    readonly publishedAt?: string | null;
    readonly source?: string | null;
  }
  | { readonly kind: 'skip'; readonly origin: string; readonly reason: string; readonly message: string }
  /** An origin the store holds already, found before reading it (a feed item's page is then not fetched again). */
  | { readonly kind: 'known'; readonly origin: string };

/** How far the readers are through their inputs, for the progress line. */
export class InputProgress {
  bytesTotal = 0;
  bytesDone = 0;
  /** False when the inputs' size is unknown (URLs). */
  sized = true;
}
