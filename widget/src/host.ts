import { App, type McpUiDisplayMode, type McpUiHostContext } from '@modelcontextprotocol/ext-apps';
import { useHostStyles } from '@modelcontextprotocol/ext-apps/react';
import { useEffect, useMemo, useState } from 'react';

// One face over the two ways a host talks to the widget: the MCP Apps bridge (`App`, any
// host) and ChatGPT's `window.openai`, used only where it exists and only for what it adds
// (tool output before the bridge is up, widget state, openExternal).

export interface ToolResult {
  content?: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
  _meta?: Record<string, unknown>;
  isError?: boolean;
}

interface OpenAiGlobals {
  toolInput?: Record<string, unknown>;
  toolOutput?: Record<string, unknown> | null;
  toolResponseMetadata?: Record<string, unknown> | null;
  widgetState?: unknown;
  theme?: 'light' | 'dark';
  displayMode?: McpUiDisplayMode;
  callTool?: (name: string, args: Record<string, unknown>) => Promise<ToolResult>;
  openExternal?: (options: { href: string }) => void;
  setWidgetState?: (state: unknown) => Promise<void> | void;
  requestDisplayMode?: (options: { mode: McpUiDisplayMode }) => Promise<{ mode: McpUiDisplayMode }>;
}

declare global {
  interface Window {
    openai?: OpenAiGlobals;
  }
}

export interface Host {
  result: ToolResult | null;
  toolInput: Record<string, unknown> | null;
  theme: 'light' | 'dark';
  displayMode: McpUiDisplayMode;
  canFullscreen: boolean;
  connected: boolean;
  initialState: unknown;
  callTool: (name: string, args: Record<string, unknown>) => Promise<ToolResult>;
  openLink: (url: string) => Promise<void>;
  requestDisplayMode: (mode: McpUiDisplayMode) => Promise<void>;
  saveState: (state: unknown) => void;
}

function openAiResult(): ToolResult | null {
  const output = window.openai?.toolOutput;
  if (!output) return null;
  return { structuredContent: output, _meta: window.openai?.toolResponseMetadata ?? undefined };
}

function systemTheme(): 'light' | 'dark' {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function useHost(): Host {
  const [result, setResult] = useState<ToolResult | null>(openAiResult);
  const [toolInput, setToolInput] = useState<Record<string, unknown> | null>(
    window.openai?.toolInput ?? null,
  );
  const [context, setContext] = useState<McpUiHostContext | undefined>();
  const [connected, setConnected] = useState(false);
  const [, setOpenAiTick] = useState(0);

  const app = useMemo(() => {
    const created = new App(
      { name: 'Shortlist', version: '1.0.0' },
      { availableDisplayModes: ['inline', 'fullscreen'] },
      { autoResize: true },
    );
    created.ontoolinput = (p) => setToolInput(p.arguments ?? {});
    created.ontoolresult = (r) => setResult(r as ToolResult);
    created.onhostcontextchanged = (c) => setContext((prev) => ({ ...prev, ...c }));
    return created;
  }, []);

  useEffect(() => {
    // A top-level page has no host frame to talk to (the window.openai case in tests).
    if (window.parent === window) return;
    app
      .connect()
      .then(() => {
        setContext(app.getHostContext());
        setConnected(true);
      })
      .catch(() => setConnected(false));
  }, [app]);

  useEffect(() => {
    // ChatGPT announces new globals (tool output, theme, display mode) with this event.
    const onGlobals = () => {
      setOpenAiTick((n) => n + 1);
      const r = openAiResult();
      if (r) setResult(r);
      if (window.openai?.toolInput) setToolInput(window.openai.toolInput);
    };
    window.addEventListener('openai:set_globals', onGlobals);
    return () => window.removeEventListener('openai:set_globals', onGlobals);
  }, []);

  useHostStyles(connected ? app : null, context);

  const theme = context?.theme ?? window.openai?.theme ?? systemTheme();
  const displayMode = context?.displayMode ?? window.openai?.displayMode ?? 'inline';
  const canFullscreen = connected
    ? (context?.availableDisplayModes ?? []).includes('fullscreen')
    : Boolean(window.openai?.requestDisplayMode);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.displayMode = displayMode;
  }, [theme, displayMode]);

  return {
    result,
    toolInput,
    theme,
    displayMode,
    canFullscreen,
    connected,
    initialState: window.openai?.widgetState ?? null,
    async callTool(name, args) {
      if (connected) return (await app.callServerTool({ name, arguments: args })) as ToolResult;
      if (window.openai?.callTool) return window.openai.callTool(name, args);
      throw new Error('This host does not let the widget call tools; ask in the chat instead.');
    },
    async openLink(url) {
      if (window.openai?.openExternal) return window.openai.openExternal({ href: url });
      if (connected) {
        const r = await app.openLink({ url });
        if (!r.isError) return;
      }
      window.open(url, '_blank', 'noopener');
    },
    async requestDisplayMode(mode) {
      if (connected) {
        if (canFullscreen || mode === 'inline') await app.requestDisplayMode({ mode });
      } else await window.openai?.requestDisplayMode?.({ mode });
    },
    saveState(state) {
      void window.openai?.setWidgetState?.(state);
    },
  };
}
