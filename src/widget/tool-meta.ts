import { WIDGET_URI } from './resource.js';

// How tools point at the widget, in the MCP Apps form (`ui.resourceUri`, and the older flat key
// some hosts still read) and in ChatGPT's (`openai/outputTemplate`).

export function widgetToolMeta(invoking: string, invoked: string): Record<string, unknown> {
  return {
    ui: { resourceUri: WIDGET_URI },
    'ui/resourceUri': WIDGET_URI,
    'openai/outputTemplate': WIDGET_URI,
    'openai/toolInvocation/invoking': invoking,
    'openai/toolInvocation/invoked': invoked,
    'openai/widgetAccessible': true,
  };
}

/** A tool only the widget calls: hidden from the model in both forms. */
export function appOnlyToolMeta(invoking: string, invoked: string): Record<string, unknown> {
  const meta = widgetToolMeta(invoking, invoked);
  return {
    ...meta,
    ui: { resourceUri: WIDGET_URI, visibility: ['app'] },
    'openai/visibility': 'private',
  };
}
