import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import type { Account, AppContext } from '../context.js';
import { publicErrorMessage } from '../errors.js';
import { plainTextOnly } from './plain-text.js';
import { toolMeta } from './tool-meta.js';

// A tool is data plus a handler. The handler turns input into a domain call and a domain result
// into text and structured content; registration adds the error boundary around it.

export interface ToolResult<Out> {
  text: string;
  structured: Out;
  /** Widget-only detail; the model does not read it. */
  meta?: Record<string, unknown>;
}

export interface ToolCall {
  ctx: AppContext;
  account: Account;
}

export interface ToolDefinition<
  In extends z.ZodObject = z.ZodObject,
  Out extends z.ZodObject = z.ZodObject,
> {
  name: string;
  title: string;
  description: string;
  inputSchema: In;
  outputSchema: Out;
  annotations: Required<
    Pick<ToolAnnotations, 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint'>
  >;
  _meta?: Record<string, unknown>;
  handler: (input: z.output<In>, call: ToolCall) => Promise<ToolResult<z.input<Out>>>;
}

export function defineTool<In extends z.ZodObject, Out extends z.ZodObject>(
  tool: ToolDefinition<In, Out>,
): ToolDefinition<In, Out> {
  return tool;
}

export interface RegisterHooks {
  /** Runs before every call (quota); may throw ShortlistError to refuse the call. */
  before?: (tool: string) => Promise<string[]>;
  after?: (tool: string, outcome: 'ok' | 'error' | 'failure', ms: number) => void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTool = ToolDefinition<any, any>;
interface Registration {
  title: string;
  description: string;
  inputSchema: AnyTool['inputSchema'];
  outputSchema: AnyTool['outputSchema'];
  annotations: ToolAnnotations;
  _meta?: Record<string, unknown>;
}

const registrations = new Map<string, Registration>();

/**
 * What the SDK is given for a tool, made once per process and auth mode: a zod schema built per
 * request would be compiled again by zod on its first call, every request.
 */
function registration(tool: AnyTool, authMode: ToolCall['ctx']['config']['authMode']) {
  const key = `${authMode}:${tool.name}`;
  let made = registrations.get(key);
  if (!made) {
    made = {
      title: tool.title,
      description: tool.description,
      inputSchema: plainTextOnly(tool.inputSchema),
      outputSchema: tool.outputSchema,
      annotations: { title: tool.title, ...tool.annotations },
      _meta: toolMeta(tool.name, tool._meta, authMode),
    };
    registrations.set(key, made);
  }
  return made;
}

export function registerTool(
  server: McpServer,
  tool: AnyTool,
  call: ToolCall,
  hooks: RegisterHooks = {},
): void {
  server.registerTool(
    tool.name,
    registration(tool, call.ctx.config.authMode),
    async (input: unknown): Promise<CallToolResult> => {
      const started = performance.now();
      let outcome: 'ok' | 'error' | 'failure' = 'ok';
      try {
        const notices = (await hooks.before?.(tool.name)) ?? [];
        const result = await tool.handler(input, call);
        const structured = result.structured as Record<string, unknown>;
        if (notices.length && Array.isArray(structured.notices)) {
          structured.notices = [...notices, ...(structured.notices as string[])];
        }
        const text = notices.length ? `${result.text}\n\n${notices.join('\n')}` : result.text;
        return {
          content: [{ type: 'text', text }],
          structuredContent: structured,
          ...(result.meta ? { _meta: result.meta } : {}),
        };
      } catch (err) {
        outcome = err instanceof Error && err.name === 'ShortlistError' ? 'error' : 'failure';
        const message = publicErrorMessage(err, call.ctx.logger, { tool: tool.name });
        return { isError: true, content: [{ type: 'text', text: message }] };
      } finally {
        hooks.after?.(tool.name, outcome, performance.now() - started);
      }
    },
  );
}
