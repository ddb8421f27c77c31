/**
 * HTML bytes to text: the charset the HTTP header declares, else the one a
 * <meta> tag declares in the first 4 KB, else UTF-8 (windows-1252 when the
 * bytes are not valid UTF-8, as browsers do for undeclared legacy pages).
 */

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function charsetOf(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

function decoder(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const declared = charsetOf(contentType) ?? sniffMeta(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const d = decoder(declared);
    if (d) return d.decode(bytes);
  }
  try {
    return decoder('utf-8', true)!.decode(bytes);
  } catch {
    return decoder('windows-1252')!.decode(bytes);
  }
}

function sniffMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = META_CHARSET.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
