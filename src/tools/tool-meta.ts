import { metaWithSecurity } from '../auth/security-schemes.js';
import type { Config } from '../config.js';

const metas = new Map<string, Record<string, unknown> | undefined>();

/** A tool's _meta for an auth mode, made once per process. */
export function toolMeta(
  name: string,
  meta: Record<string, unknown> | undefined,
  authMode: Config['authMode'],
): Record<string, unknown> | undefined {
  const key = `${authMode}:${name}`;
  if (!metas.has(key)) metas.set(key, metaWithSecurity(name, meta, authMode));
  return metas.get(key);
}
