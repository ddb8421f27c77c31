/**
 * Limit/offset paging: the store is asked for one row more than the page,
 * so that `next` is null exactly on the last page.
 */
export async function paged<T>(q: { limit: number; offset: number }, fetch: (limit: number, offset: number) => Promise<T[]>) {
  const rows = await fetch(q.limit + 1, q.offset);
  return { items: rows.slice(0, q.limit), limit: q.limit, offset: q.offset, next: rows.length > q.limit ? q.offset + q.limit : null };
}
