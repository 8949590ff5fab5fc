/**
 * A LIKE pattern (with `escape '\'`) matching text that contains `q`, ignoring ASCII case: a
 * typed % or _ is looked for as itself. Null when there is nothing to look for.
 */
export const containing = (q: string | undefined): string | null =>
  q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
