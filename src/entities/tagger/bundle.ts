import { TaggerModel } from './model.js';

const MAGIC = Buffer.from('NGENTITY2\n', 'utf8');

/** The trained tagger: a first stage, and a second stage over document-level features of the first's labels. */
export interface EntityModel {
  readonly stage1: TaggerModel;
  readonly stage2: TaggerModel | null;
}

/** One file holding both stages: a magic line, then each stage's encoding preceded by its length. */
export function encodeEntityModel(m: EntityModel): Buffer {
  const parts: Buffer[] = [MAGIC];
  for (const stage of [m.stage1, m.stage2]) {
    const body = stage ? TaggerModel.encode(stage) : Buffer.alloc(0);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(body.length);
    parts.push(len, body);
  }
  return Buffer.concat(parts);
}

export function decodeEntityModel(file: Buffer): EntityModel {
  if (!file.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a newsgraph entity model file');
  let p = MAGIC.length;
  const stages: (TaggerModel | null)[] = [];
  for (let s = 0; s < 2; s++) {
    const len = file.readUInt32LE(p);
    p += 4;
    stages.push(len ? TaggerModel.decode(file.subarray(p, p + len)) : null);
    p += len;
  }
  if (!stages[0]) throw new Error('entity model file without a first stage');
  return { stage1: stages[0], stage2: stages[1] ?? null };
}
