import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CommandArgs } from './args.js';
import { Profile } from '../index/profile.js';
import { packagePath } from '../package-root.js';
import { tools } from '../tools/index.js';

// schemas/*.json are copies of the zod schemas for readers outside TypeScript. They are generated
// here and checked in CI, so they never drift from the code.

const DIR = packagePath('schemas');

export function generatedSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  const write = (name: string, schema: z.ZodType, io: 'input' | 'output') =>
    files.set(
      `${name}.json`,
      JSON.stringify(z.toJSONSchema(schema, { io, unrepresentable: 'any' }), null, 2) + '\n',
    );
  write('profile', Profile, 'input');
  for (const tool of tools) {
    write(`${tool.name}.input`, tool.inputSchema, 'input');
    write(`${tool.name}.output`, tool.outputSchema, 'output');
  }
  return files;
}

export async function schemas({ values }: CommandArgs): Promise<number> {
  const files = generatedSchemas();
  if (values.check) {
    const stale = [...files].filter(([name, text]) => {
      const path = join(DIR, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    const extra = existsSync(DIR) ? readdirSync(DIR).filter((f) => !files.has(f)) : [];
    if (stale.length || extra.length) {
      console.error(
        `schemas/ is out of date (${[...stale.map(([n]) => n), ...extra].join(', ')}); run: npm run schemas`,
      );
      return 1;
    }
    console.log(`schemas/ matches the code (${files.size} files).`);
    return 0;
  }
  mkdirSync(DIR, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(DIR, name), text);
  console.log(`Wrote ${files.size} files to schemas/.`);
  return 0;
}
