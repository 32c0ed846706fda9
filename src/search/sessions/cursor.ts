import { ShortlistError } from '../../errors.js';

/** Cursors name a search and an offset; they are opaque to the client. */
export function encodeCursor(searchId: string, offset: number): string {
  return Buffer.from(JSON.stringify([searchId, offset])).toString('base64url');
}

export function decodeCursor(cursor: string): { searchId: string; offset: number } {
  try {
    const [searchId, offset] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof searchId === 'string' && Number.isInteger(offset) && offset > 0)
      return { searchId, offset };
  } catch {
    // fall through
  }
  throw new ShortlistError(
    'invalid_input',
    'cursor is not one this server gave out; pass next_cursor from the previous page as it is.',
  );
}
