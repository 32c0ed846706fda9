import type { z } from 'zod';

// Text a tool accepts is plain Unicode: a NUL byte cannot be stored in Postgres text, and a lone
// surrogate is not a character at all. Either is refused by the input schema with the field's
// path, instead of failing deep in the database.

// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findBadText(value: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (typeof value === 'string') return NOT_PLAIN.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadText(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = findBadText(v, [...path, key]) ?? findBadText(key, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The tool's input schema, refusing NUL bytes and lone surrogates in any text, at any depth. */
export function plainTextOnly<T extends z.ZodObject>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const path = findBadText(value, []);
    if (path) {
      ctx.addIssue({
        code: 'custom',
        path,
        message:
          'contains a NUL byte or an unpaired surrogate; send plain text (valid Unicode, no control characters)',
      });
    }
  }) as T;
}
