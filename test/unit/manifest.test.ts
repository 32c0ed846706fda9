import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestTools } from '../../scripts/manifest.js';
import { tools } from '../../src/tools/index.js';

// The MCPB manifest lists exactly the tools the server registers (regenerate: npm run manifest).

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('manifest.json', () => {
  it('lists the same tools, in the same order, as src/tools/index.ts', () => {
    expect(manifest.tools).toEqual(manifestTools());
    expect(manifest.tools.map((t: { name: string }) => t.name)).toEqual(tools.map((t) => t.name));
  });

  it('runs the stdio server and keeps secrets in sensitive user_config', () => {
    expect(manifest.manifest_version).toBe('0.3');
    expect(manifest.server.mcp_config.args).toEqual(['${__dirname}/dist/src/cli.js', 'stdio']);
    for (const key of ['database_url', 'openai_api_key']) {
      expect(manifest.user_config[key].sensitive).toBe(true);
    }
    expect(manifest.privacy_policies.length).toBeGreaterThan(0);
  });
});
