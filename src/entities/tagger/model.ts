import { gunzipSync, gzipSync } from 'node:zlib';
import { N_LABELS } from './labels.js';

const MAGIC = 'newsgraph-entities-model\n';

/** What a model file says about itself besides its weights. */
export interface ModelMeta {
  readonly format: 1;
  readonly labels: readonly string[];
  /** Free-form provenance: the command and data that trained it, training scores. */
  readonly trainedBy: Readonly<Record<string, unknown>>;
}

/**
 * A trained linear sequence model as stored: a weight row (one weight per
 * label) for every feature hash kept, label-to-label transition weights, and
 * the frequent training words. `Tagger` builds the run-time tables from it.
 */
export class TaggerModel {
  readonly meta: ModelMeta;
  /** Feature hashes, one per weight row. */
  readonly keys: Uint32Array;
  /** keys.length x N_LABELS weights. */
  readonly weights: Float32Array;
  /** (N_LABELS + 1) x N_LABELS: from label a (row N_LABELS = start) to label b. */
  readonly trans: Float64Array;
  /** Frequent training words, whose word feature weights are summed when the model is loaded (see WordScores). */
  readonly vocabulary: readonly string[];
  constructor(meta: ModelMeta, keys: Uint32Array, weights: Float32Array, trans: Float64Array, vocabulary: readonly string[] = []) {
    this.meta = meta;
    this.vocabulary = vocabulary;
    this.keys = keys;
    this.weights = weights;
    this.trans = trans;
    Object.freeze(this);
  }

  /** The model as a compact file: sorted hashes as varint deltas, weights as sparse int16, gzipped. */
  static encode(model: TaggerModel): Buffer {
    const { meta, keys, weights, trans, vocabulary } = model;
    const L = N_LABELS;
    const order = Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]!);
    let max = 0;
    for (const v of weights) max = Math.max(max, Math.abs(v));
    const scale = max > 0 ? max / 32767 : 1;
    const bytes: number[] = [];
    const varint = (v: number) => {
      while (v >= 0x80) { bytes.push((v & 0x7f) | 0x80); v = Math.floor(v / 128); }
      bytes.push(v);
    };
    let prev = 0;
    let kept = 0;
    const body: number[] = [];
    for (const r of order) {
      const q: [number, number][] = [];
      for (let l = 0; l < L; l++) {
        const v = Math.round(weights[r * L + l]! / scale);
        if (v !== 0) q.push([l, v]);
      }
      if (!q.length) continue;
      varint(keys[r]! - prev);
      prev = keys[r]!;
      kept++;
      body.push(q.length);
      for (const [l, v] of q) body.push(l, v & 0xff, (v >> 8) & 0xff);
    }
    const header = JSON.stringify({ ...meta, nFeatures: kept, scale, trans: Array.from(trans, (x) => Math.fround(x)), vocabulary });
    const out = Buffer.concat([
      Buffer.from(MAGIC + header + '\n', 'utf8'),
      Buffer.from(bytes),
      Buffer.from(body),
    ]);
    return gzipSync(out, { level: 9 });
  }

  static decode(file: Uint8Array): TaggerModel {
    const buf = gunzipSync(file);
    const nl = buf.indexOf(10, MAGIC.length);
    if (buf.subarray(0, MAGIC.length).toString('utf8') !== MAGIC || nl < 0) {
      throw new Error('not a newsgraph entity model file');
    }
    const header = JSON.parse(buf.subarray(MAGIC.length, nl).toString('utf8')) as ModelMeta & {
      nFeatures: number; scale: number; trans: number[]; vocabulary: string[];
    };
    const L = N_LABELS;
    if (header.format !== 1 || header.labels.length !== L) throw new Error('entity model: unsupported format or label set');
    const n = header.nFeatures;
    const keys = new Uint32Array(n);
    let p = nl + 1;
    let prev = 0;
    for (let r = 0; r < n; r++) {
      let v = 0;
      let mul = 1;
      for (;;) {
        const b = buf[p++]!;
        v += (b & 0x7f) * mul;
        if (b < 0x80) break;
        mul *= 128;
      }
      prev += v;
      keys[r] = prev;
    }
    const weights = new Float32Array(n * L);
    for (let r = 0; r < n; r++) {
      const nnz = buf[p++]!;
      for (let j = 0; j < nnz; j++) {
        const l = buf[p]!;
        const v = (buf[p + 1]! | (buf[p + 2]! << 8)) << 16 >> 16;
        weights[r * L + l] = v * header.scale;
        p += 3;
      }
    }
    const meta: ModelMeta = { format: 1, labels: header.labels, trainedBy: header.trainedBy };
    return new TaggerModel(meta, keys, weights, Float64Array.from(header.trans), header.vocabulary);
  }
}
