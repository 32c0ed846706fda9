/* global window, document, location, fetch, URLSearchParams, console */
// A small MCP Apps host for the browser tests. It reads the widget through resources/read from
// the real server, renders it in a sandboxed iframe, answers the ui/* bridge (initialize,
// tool calls forwarded to the server's /mcp over HTTP, open-link, display modes, size) and
// records everything the widget asked for in window.host.log.

const params = new URLSearchParams(location.search);
const server = params.get('server');
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
if (theme === 'dark') document.body.classList.add('dark');

const log = { initialize: null, calls: [], links: [], displayModes: [], sizes: [], other: [] };
let rpcId = 0;
let displayMode = 'inline';
let iframe;
let markInitialized;
const initialized = new Promise((resolve) => (markInitialized = resolve));

// Dark hosts pass their palette as MCP Apps style variables; the light run passes none, so
// the widget's own defaults are tested too.
const DARK_VARIABLES = {
  '--color-background-primary': '#212121',
  '--color-background-secondary': '#2c2c2c',
  '--color-text-primary': '#ececec',
  '--color-text-secondary': '#b4b4b4',
  '--color-border-primary': '#3d3d3d',
};

async function rpc(method, rpcParams) {
  const res = await fetch(`${server}/mcp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params: rpcParams ?? {} }),
  });
  const body = await res.json();
  if (body.error) throw new Error(body.error.message);
  return body.result;
}

function send(message) {
  iframe.contentWindow.postMessage({ jsonrpc: '2.0', ...message }, '*');
}

function setDisplayMode(mode) {
  displayMode = mode;
  document.body.classList.toggle('fullscreen', mode === 'fullscreen');
  send({ method: 'ui/notifications/host-context-changed', params: { displayMode: mode } });
}

const handlers = {
  'ui/initialize': (p) => {
    log.initialize = p;
    return {
      protocolVersion: p.protocolVersion,
      hostInfo: { name: 'shortlist-test-host', version: '1.0.0' },
      hostCapabilities: { openLinks: {}, serverTools: {}, logging: {} },
      hostContext: {
        theme,
        displayMode,
        availableDisplayModes: ['inline', 'fullscreen'],
        platform: 'web',
        locale: 'en-US',
        containerDimensions: { maxWidth: 760, maxHeight: 6000 },
        ...(theme === 'dark' ? { styles: { variables: DARK_VARIABLES } } : {}),
      },
    };
  },
  'tools/call': async (p) => {
    log.calls.push({ name: p.name, arguments: p.arguments });
    return rpc('tools/call', p);
  },
  'ui/open-link': (p) => {
    log.links.push(p.url);
    return {};
  },
  'ui/request-display-mode': (p) => {
    log.displayModes.push(p.mode);
    setDisplayMode(p.mode);
    return { mode: p.mode };
  },
  ping: () => ({}),
};

window.addEventListener('message', async (event) => {
  if (!iframe || event.source !== iframe.contentWindow) return;
  const msg = event.data;
  if (!msg || msg.jsonrpc !== '2.0' || !msg.method) return;
  if (msg.id === undefined) {
    if (msg.method === 'ui/notifications/initialized') markInitialized();
    else if (msg.method === 'ui/notifications/size-changed') {
      log.sizes.push(msg.params);
      if (displayMode === 'inline' && msg.params.height)
        iframe.style.height = `${Math.ceil(msg.params.height)}px`;
    } else log.other.push(msg.method);
    return;
  }
  const handler = handlers[msg.method];
  if (!handler) {
    log.other.push(msg.method);
    send({ id: msg.id, error: { code: -32601, message: `Method not found: ${msg.method}` } });
    return;
  }
  try {
    send({ id: msg.id, result: await handler(msg.params ?? {}) });
  } catch (err) {
    send({ id: msg.id, error: { code: -32603, message: String(err.message ?? err) } });
  }
});

async function start() {
  await rpc('initialize', {
    protocolVersion: '2025-06-18',
    capabilities: {
      extensions: { 'io.modelcontextprotocol/ui': { mimeTypes: ['text/html;profile=mcp-app'] } },
    },
    clientInfo: { name: 'shortlist-test-host', version: '1.0.0' },
  });
  const { tools } = await rpc('tools/list');
  const uri = tools.find((t) => t.name === 'search_freelancers')._meta.ui.resourceUri;
  const { contents } = await rpc('resources/read', { uri });
  iframe = document.createElement('iframe');
  iframe.title = 'Shortlist';
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.srcdoc = contents[0].text;
  document.getElementById('slot').append(iframe);
  return { uri, mimeType: contents[0].mimeType, meta: contents[0]._meta, tools };
}

/** What the model does: call a tool, then hand its input and result to the widget. */
async function runTool(name, args) {
  await initialized;
  send({ method: 'ui/notifications/tool-input', params: { arguments: args } });
  const result = await rpc('tools/call', { name, arguments: args });
  send({ method: 'ui/notifications/tool-result', params: result });
  return result;
}

window.host = { log, started: start(), initialized, runTool };
window.host.started.catch((err) => console.error(err));
