import { buildEmbeddedTemplates, buildServerTemplates, type TemplateName } from './templates.js';

// Run by test/helpers/fixtures.ts as a process of its own, so the PGlite build and the server
// build use a core each and neither blocks the other's event loop. It prints `ready NAME` as each
// template is in place, so the files that need only the blank or migrated one start early:
//   node --import tsx test/helpers/build-templates.ts embedded DIR
//   node --import tsx test/helpers/build-templates.ts server ADMIN_URL PREFIX

const [kind, first, second] = process.argv.slice(2);
const ready = (name: TemplateName) => process.stdout.write(`ready ${name}\n`);
if (kind === 'embedded' && first) await buildEmbeddedTemplates(first, ready);
else if (kind === 'server' && first && second) await buildServerTemplates(first, second, ready);
else throw new Error(`usage: build-templates.ts embedded DIR | server ADMIN_URL PREFIX`);
