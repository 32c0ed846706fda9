import type { ColumnType } from 'kysely';

/** json and jsonb arrive parsed from both drivers (pg and PGlite); they are written as text. */
export type Json<T> = ColumnType<T, string, string>;
