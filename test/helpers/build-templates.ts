import { buildEmbeddedTemplates, buildServerTemplates } from './templates.js';

// Run by test/helpers/fixtures.ts as a process of its own, so the PGlite build and the server
// build use a core each and neither blocks the other's event loop:
//   node --import tsx test/helpers/build-templates.ts embedded DIR
//   node --import tsx test/helpers/build-templates.ts server ADMIN_URL PREFIX

const [kind, target, prefix] = process.argv.slice(2);
if (kind === 'embedded' && target) await buildEmbeddedTemplates(target);
else if (kind === 'server' && target && prefix) await buildServerTemplates(target, prefix);
else throw new Error(`usage: build-templates.ts embedded DIR | server ADMIN_URL PREFIX`);
