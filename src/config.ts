import path from 'node:path';
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Unset: the project starts its own Neo4j on NEO4J_LOCAL_PORT. Set: that server is used as it is. */
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default(path.join('.data', 'neo4j')),
  /** Bearer token for mutations; without one, mutations are refused. */
  API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  QUERY_TIMEOUT_MS: positiveInt(5000),
  MAX_DOCUMENT_BYTES: positiveInt(5 * 1024 * 1024),
  /** A JSON body larger than this is refused with 413; unset, derived from MAX_DOCUMENT_BYTES (see bodyLimitFor). */
  MAX_BODY_BYTES: z.coerce.number().int().positive().optional(),
  /** Query limits, checked before anything reaches the database (see src/server/limits/). */
  MAX_QUERY_DEPTH: positiveInt(12),
  MAX_QUERY_COST: positiveInt(20_000),
  MAX_QUERY_ALIASES: positiveInt(20),
  MAX_QUERY_TOKENS: positiveInt(1000),
  MAX_QUERY_DIRECTIVES: positiveInt(10),
  NODE_ENV: z.string().default('development'),
  /** "Did you mean …" hints in validation errors; unset, they are on except when NODE_ENV=production. */
  FIELD_SUGGESTIONS: z.enum(['true', 'false']).optional().transform((value) => (value === undefined ? undefined : value === 'true')),
  /** Stack traces and database messages in error responses: for local debugging only. */
  DEBUG_ERRORS: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** Comma-separated origins allowed to call the API from a browser; none by default. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean)),
  SEED_ON_START: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
});

/** Room in a request body for the query, the title, the source and the other arguments beside a document. */
const BODY_ROOM_BYTES = 64 * 1024;

/**
 * The smallest body that holds any document of `maxDocumentBytes` however a client escapes it in
 * JSON: a control character (1 byte) escaped as `\u0001` takes 6 bytes, and "é" (2 bytes) as
 * `\u00e9` takes 6, so 6 bytes per byte of text, plus room for the rest of the request. A smaller
 * limit would answer 413 to a document the document limit allows; a control character is then
 * refused with its name and offset instead.
 */
export function bodyLimitFor(maxDocumentBytes: number): number {
  return 6 * maxDocumentBytes + BODY_ROOM_BYTES;
}

const ConfiguredSchema = ConfigSchema.transform((config) => ({
  ...config,
  MAX_BODY_BYTES: config.MAX_BODY_BYTES ?? bodyLimitFor(config.MAX_DOCUMENT_BYTES),
}));

export type Config = z.infer<typeof ConfiguredSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from the environment; every bad value is named in one message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = ConfiguredSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.');
    return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
