import { z } from 'zod';

// The only place that reads process.env. Every setting is validated here, so a bad value stops the
// process at start with one line that says how to fix it.

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must look like postgres://user:password@host:5432/db')
    .optional(),
  DATABASE_READ_URLS: list.optional(),
  SHORTLIST_DATA_DIR: z.string().min(1).default('.data/pglite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_HOSTS: list.optional(),
  ALLOWED_ORIGINS: list.optional(),
  AUTH_MODE: z.enum(['none', 'apikey', 'oauth']).default('none'),
  OAUTH_ISSUER: z.url().optional(),
  OAUTH_JWKS_URL: z.url().optional(),
  OAUTH_AUDIENCE: z.string().optional(),
  DEFAULT_PLAN: z.enum(['free', 'pro', 'max']).default('max'),
  HANDOFF_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  MARKETPLACE: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,30}$/, 'must be demo, upwork or a name from MARKETPLACE_TEMPLATES')
    .default('demo'),
  MARKETPLACE_TEMPLATES: z.string().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  EMBEDDINGS: z.enum(['auto', 'openai', 'off']).default('auto'),
  INSTRUCTION_PARSER: z.enum(['rules', 'openai']).default('rules'),
  SESSION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_QUERIES: bool.default(false),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  TRUST_PROXY: z.string().min(1).optional(),
});

export type Env = z.input<typeof EnvSchema>;

export interface Config {
  databaseUrl: string | undefined;
  /** Streaming replicas that serve search reads; sessions, handoffs and usage stay on the primary. */
  databaseReadUrls: string[];
  dataDir: string;
  port: number;
  host: string;
  publicUrl: string | undefined;
  allowedHosts: string[] | undefined;
  /** Browser origins allowed to call /mcp (DESIGN §7); none by default. */
  allowedOrigins: string[];
  authMode: 'none' | 'apikey' | 'oauth';
  oauth: { issuer?: string; jwksUrl?: string; audience?: string };
  defaultPlan: 'free' | 'pro' | 'max';
  handoffSecret: string | undefined;
  /** demo, upwork, or a marketplace added through MARKETPLACE_TEMPLATES. */
  marketplace: string;
  marketplaceTemplates: Record<string, MarketplaceTemplateConfig>;
  openaiApiKey: string | undefined;
  openaiBaseUrl: string | undefined;
  embeddings: 'auto' | 'openai' | 'off';
  /** Who reads refine_search's words: the rules, or a model with the rules as fallback. */
  instructionParser: 'rules' | 'openai';
  sessionRetentionDays: number;
  logLevel: string;
  logQueries: boolean;
  /** MCP requests per minute per account (anonymous callers: per IP). */
  rateLimitPerMinute: number;
  /** Requests per minute per client IP before authentication; high, as ChatGPT shares egress IPs. */
  rateLimitPerIpPerMinute: number;
  /** Express `trust proxy` (e.g. `loopback`, `1`), so client IPs are right behind a proxy. */
  trustProxy: string | undefined;
}

// Extra marketplaces as URL templates: {base} is this server's URL, {id} the freelancer's id.
const TemplateUrl = z.string().regex(/^(https?:\/\/|\{base\})/);
const MarketplaceTemplatesSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9_-]{0,30}$/),
  z.strictObject({
    profile: TemplateUrl,
    invite: TemplateUrl,
    message: TemplateUrl,
    job_post: TemplateUrl,
  }),
);
export type MarketplaceTemplateConfig = z.infer<typeof MarketplaceTemplatesSchema>[string];

function parseMarketplaceTemplates(
  text: string | undefined,
): Record<string, MarketplaceTemplateConfig> {
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = MarketplaceTemplatesSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(
      'MARKETPLACE_TEMPLATES must be JSON such as {"acme":{"profile":"https://acme.example/p/{id}",' +
        '"invite":"…","message":"…","job_post":"https://acme.example/jobs/new"}}',
    );
  }
  return parsed.data;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment (or a given one, in tests); throws ConfigError with a one-line fix. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0] ?? 'environment');
    throw new ConfigError(
      `${key} ${issue.message.replace(/^Invalid input: /, '')}${shownValue(key, env[key])}`,
    );
  }
  const e = parsed.data;
  if (e.AUTH_MODE === 'oauth' && (!e.OAUTH_ISSUER || !e.OAUTH_AUDIENCE)) {
    throw new ConfigError('AUTH_MODE=oauth needs OAUTH_ISSUER and OAUTH_AUDIENCE to be set');
  }
  const marketplaceTemplates = parseMarketplaceTemplates(e.MARKETPLACE_TEMPLATES);
  if (!['demo', 'upwork'].includes(e.MARKETPLACE) && !marketplaceTemplates[e.MARKETPLACE]) {
    throw new ConfigError(
      `MARKETPLACE "${e.MARKETPLACE}" is not demo or upwork; define it in MARKETPLACE_TEMPLATES`,
    );
  }
  if (e.INSTRUCTION_PARSER === 'openai' && !e.OPENAI_API_KEY) {
    throw new ConfigError(
      'INSTRUCTION_PARSER=openai needs OPENAI_API_KEY; set it or use INSTRUCTION_PARSER=rules',
    );
  }
  if (e.EMBEDDINGS === 'openai' && !e.OPENAI_API_KEY) {
    throw new ConfigError('EMBEDDINGS=openai needs OPENAI_API_KEY; set it or use EMBEDDINGS=auto');
  }
  return {
    databaseUrl: e.DATABASE_URL,
    databaseReadUrls: e.DATABASE_READ_URLS ?? [],
    dataDir: e.SHORTLIST_DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    allowedHosts: e.ALLOWED_HOSTS,
    allowedOrigins: (e.ALLOWED_ORIGINS ?? []).map(normalOrigin),
    authMode: e.AUTH_MODE,
    oauth: { issuer: e.OAUTH_ISSUER, jwksUrl: e.OAUTH_JWKS_URL, audience: e.OAUTH_AUDIENCE },
    defaultPlan: e.DEFAULT_PLAN,
    handoffSecret: e.HANDOFF_SECRET,
    marketplace: e.MARKETPLACE,
    marketplaceTemplates,
    openaiApiKey: e.OPENAI_API_KEY,
    openaiBaseUrl: e.OPENAI_BASE_URL,
    embeddings: e.EMBEDDINGS === 'auto' ? (e.OPENAI_API_KEY ? 'openai' : 'off') : e.EMBEDDINGS,
    instructionParser: e.INSTRUCTION_PARSER,
    sessionRetentionDays: e.SESSION_RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    logQueries: e.LOG_QUERIES,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    rateLimitPerIpPerMinute: e.RATE_LIMIT_PER_IP_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
  };
}

/** "HTTPS://Example.com/" → "https://example.com", the form browsers send in Origin. */
export function normalOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

/** What a config error may quote of the rejected value: never a secret, never a password. */
function shownValue(key: string, value: string | undefined): string {
  if (value === undefined || /SECRET|KEY|TOKEN|PASSWORD/i.test(key)) return '';
  return ` (got "${value.replace(/^(\w+:\/\/[^/:@]*:).*@/, '$1***@')}")`;
}
