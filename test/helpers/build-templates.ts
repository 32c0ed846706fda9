import { buildEmbeddedTemplates, buildServerTemplates, writeDemoDataDir } from './templates.js';

// Run by test/helpers/fixtures.ts as a process of its own, so the PGlite build and the server
// build use a core each and neither blocks the other's event loop:
//   node --import tsx test/helpers/build-templates.ts embedded DIR
//   node --import tsx test/helpers/build-templates.ts server ADMIN_URL PREFIX
//   node --import tsx test/helpers/build-templates.ts demo SEEDED_DUMP DIR

const [kind, first, second] = process.argv.slice(2);
if (kind === 'embedded' && first) await buildEmbeddedTemplates(first);
else if (kind === 'server' && first && second) await buildServerTemplates(first, second);
else if (kind === 'demo' && first && second) await writeDemoDataDir(first, second);
else
  throw new Error(
    `usage: build-templates.ts embedded DIR | server ADMIN_URL PREFIX | demo DUMP DIR`,
  );
