// Server-rendered pages (the demo marketplace and link refusals): plain HTML, no scripts, every
// value escaped, since briefs and profiles are text written by other people.

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    const text = Array.isArray(v)
      ? v.map((x) => (x instanceof Html ? x.value : escapeHtml(x))).join('')
      : v instanceof Html
        ? v.value
        : escapeHtml(v);
    out += text + strings[i + 1];
  });
  return new Html(out);
}

export const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const STYLE = `
  :root { color-scheme: light dark; --fg:#1d2330; --muted:#5d6675; --line:#dfe3ea; --bg:#f6f7f9; --card:#fff; --accent:#14804a; }
  @media (prefers-color-scheme: dark) { :root { --fg:#e8ebf0; --muted:#9aa3b2; --line:#2c3340; --bg:#12151b; --card:#1b2029; --accent:#3ccf85; } }
  * { box-sizing: border-box; }
  body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--fg); background:var(--bg); }
  header { padding:14px 24px; border-bottom:1px solid var(--line); background:var(--card); display:flex; gap:12px; align-items:center; }
  header strong { color:var(--accent); }
  header span { color:var(--muted); font-size:13px; }
  main { max-width:880px; margin:24px auto; padding:0 16px; }
  section { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:18px 20px; margin-bottom:16px; }
  h1 { font-size:22px; margin:0 0 6px; } h2 { font-size:16px; margin:0 0 12px; }
  .muted { color:var(--muted); } .chips { display:flex; flex-wrap:wrap; gap:6px; padding:0; margin:8px 0; list-style:none; }
  .chips li { border:1px solid var(--line); border-radius:99px; padding:2px 10px; font-size:13px; }
  dl { display:grid; grid-template-columns:max-content 1fr; gap:6px 16px; margin:0; } dt { color:var(--muted); }
  .desc { white-space:pre-wrap; }
  .person { display:flex; gap:14px; align-items:center; padding:10px 0; border-top:1px solid var(--line); }
  .person:first-of-type { border-top:0; }
  .avatar { width:40px; height:40px; border-radius:50%; background:var(--accent); color:#fff; display:grid; place-items:center; font-weight:600; flex:none; }
  .grow { flex:1; } a { color:var(--accent); }
  .button { display:inline-block; background:var(--accent); color:#fff; border-radius:8px; padding:8px 16px; text-decoration:none; border:0; font:inherit; }
  .notice { border-left:4px solid var(--accent); }
`;

const DEMO_BRAND = {
  brand: 'Demo marketplace',
  tagline: 'rendered by Shortlist so the handoff can be clicked through locally',
};

export function page(title: string, body: Html, header = DEMO_BRAND): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <header><strong>${header.brand}</strong><span>${header.tagline}</span></header>
        <main>${body}</main>
      </body>
    </html>`.value;
}

export function refusalPage(title: string, message: string): string {
  return page(
    title,
    html`<section class="notice">
      <h1>${title}</h1>
      <p>${message}</p>
    </section>`,
    {
      brand: 'Shortlist',
      tagline: 'handoff link',
    },
  );
}

// The first letters of the first and last names, by code point, so "Kateřina Černá" is "KČ" and
// a name that starts with a letter outside the basic plane keeps it whole.
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = firstLetter(words[0]) || '?';
  const last = words.length > 1 ? firstLetter(words[words.length - 1]) : '';
  return (first + last).toLocaleUpperCase();
}

function firstLetter(word: string | undefined): string {
  return word === undefined ? '' : (Array.from(word)[0] ?? '');
}
