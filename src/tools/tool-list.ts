import { toJsonSchemaCompat } from '@modelcontextprotocol/sdk/server/zod-json-schema-compat.js';
import type { ListToolsResult } from '@modelcontextprotocol/sdk/types.js';
import type { Config } from '../config.js';
import { tools } from './index.js';
import { toolMeta } from './tool-meta.js';

// The answer to tools/list, built once per process and auth mode. The SDK's McpServer turns every
// zod schema into JSON Schema on each tools/list, and the HTTP transport builds a server per
// request, so without this each listing paid for the conversion again. The options are the
// SDK's own, and a test checks the result against the SDK's listing.

const lists = new Map<Config['authMode'], ListToolsResult>();

export function toolList(authMode: Config['authMode']): ListToolsResult {
  let list = lists.get(authMode);
  if (!list) {
    list = {
      tools: tools.map((tool) => ({
        name: tool.name,
        title: tool.title,
        description: tool.description,
        inputSchema: toJsonSchemaCompat(tool.inputSchema, {
          strictUnions: true,
          pipeStrategy: 'input',
        }) as ListToolsResult['tools'][number]['inputSchema'],
        annotations: { title: tool.title, ...tool.annotations },
        execution: { taskSupport: 'forbidden' },
        _meta: toolMeta(tool.name, tool._meta, authMode),
        outputSchema: toJsonSchemaCompat(tool.outputSchema, {
          strictUnions: true,
          pipeStrategy: 'output',
        }) as ListToolsResult['tools'][number]['outputSchema'],
      })),
    };
    lists.set(authMode, list);
  }
  return list;
}
