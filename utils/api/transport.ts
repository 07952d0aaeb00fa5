/**
 * Sends one action to the service and turns whatever comes back into a typed value or one of the
 * extension's errors. Every request carries `api_key`, `action` and the parameters in the query
 * string, as the API documents, and no error message ever contains the query string.
 */
import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance } from 'ky';
import * as v from 'valibot';

import {
  ApiError,
  HttpError,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
  UnexpectedResponseError,
} from '../errors';
import { parseDateHeader } from '../server-clock';

export const DEFAULT_BASE_URL = 'https://www.pale100.shop/api/v2';

export type Section =
  'sanal-smsonay' | 'fiziksel-smsonay' | 'numara-kiralama' | 'smm' | 'lisans-bayi';

export type ParamValue = string | number | boolean | null | undefined;
export type Params = Readonly<Record<string, ParamValue>>;

export interface ApiConfig {
  apiKey: string;
  baseUrl?: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** How often a read-only GET may be repeated after a network error or a 5xx. */
  readRetries?: number;
  fetch?: typeof fetch;
  /** Called with the time of every answer's `Date` header, the service's own clock. */
  onServerTime?: (serverTimeMs: number) => void;
}

export interface ActionSpec<TSchema extends v.GenericSchema> {
  section: Section;
  action: string;
  method: 'GET' | 'POST';
  schema: TSchema;
}

export type Call = <TSchema extends v.GenericSchema>(
  spec: ActionSpec<TSchema>,
  params?: Params,
) => Promise<v.InferOutput<TSchema>>;

const DEFAULT_TIMEOUT_MS = 20_000;
const ERROR_ANSWER = v.object({ status: v.literal('error'), message: v.optional(v.string()) });

/** Creates the function every section uses to send its actions. */
export function createTransport(config: ApiConfig): Call {
  const baseUrl = (config.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = ky.create({
    timeout: timeoutMs,
    throwHttpErrors: true,
    cache: 'no-store',
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });

  return async (spec, params = {}) => {
    const url = buildUrl(baseUrl, spec, config.apiKey, params);
    const body = await send(client, url, spec, {
      timeoutMs,
      readRetries: config.readRetries ?? 2,
      onServerTime: config.onServerTime,
    });
    return parseAnswer(spec, body);
  };
}

/** The action's URL with `api_key`, `action` and then the parameters, in the documented order. */
export function buildUrl(
  baseUrl: string,
  spec: ActionSpec<v.GenericSchema>,
  apiKey: string,
  params: Params,
): string {
  const query = new URLSearchParams({ api_key: apiKey, action: spec.action });
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;

    query.append(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }

  return `${baseUrl}/${spec.section}?${query.toString()}`;
}

interface SendOptions {
  timeoutMs: number;
  readRetries: number;
  onServerTime: ((serverTimeMs: number) => void) | undefined;
}

async function send(
  client: KyInstance,
  url: string,
  spec: ActionSpec<v.GenericSchema>,
  { timeoutMs, readRetries, onServerTime }: SendOptions,
): Promise<string> {
  // Money moves only through POST actions, and a repeated POST can charge twice: never retry it.
  const retry = spec.method === 'GET' ? { limit: readRetries, methods: ['get' as const] } : 0;
  const where = `${spec.section} ${spec.action}`;
  const outcomeUnknown = spec.method === 'POST';

  try {
    const response = await client(url, { method: spec.method, retry });
    reportServerTime(response, onServerTime);
    return await response.text();
  } catch (error) {
    if (error instanceof HTTPError) {
      reportServerTime(error.response, onServerTime);
      return readHttpError(error, where);
    }

    if (error instanceof KyTimeoutError) {
      const seconds = Math.round(timeoutMs / 1000);
      throw new TimeoutError(`${where}: no answer within ${seconds} s.`, timeoutMs, {
        outcomeUnknown,
      });
    }

    throw new NetworkError(`${where}: the service could not be reached.`, { outcomeUnknown });
  }
}

function reportServerTime(response: Response, onServerTime: SendOptions['onServerTime']): void {
  const time = parseDateHeader(response.headers.get('date'));
  if (time !== null) onServerTime?.(time);
}

/**
 * The API answers some refusals (a bad key, a missing parameter) with a 4xx status and its usual
 * error body; those keep the server's message. Anything else is an HTTP failure.
 */
async function readHttpError(error: HTTPError, where: string): Promise<string> {
  const { status } = error.response;
  const text = await error.response.text().catch(() => '');
  if (status < 500 && v.is(ERROR_ANSWER, tryJson(text))) return text;

  throw new HttpError(`${where}: the service answered HTTP ${status}.`, status);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function parseAnswer<TSchema extends v.GenericSchema>(
  spec: ActionSpec<TSchema>,
  text: string,
): v.InferOutput<TSchema> {
  const where = `${spec.section} ${spec.action}`;
  const body = tryJson(text);
  if (body === undefined) throw new MalformedResponseError(`${where}: the answer is not JSON.`);

  const refusal = v.safeParse(ERROR_ANSWER, body);
  if (refusal.success) {
    throw new ApiError(spec.action, refusal.output.message ?? 'The service refused the request.');
  }

  const parsed = v.safeParse(spec.schema, body);
  if (parsed.success) return parsed.output;

  const issues = parsed.issues.map(
    (issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
  );
  throw new UnexpectedResponseError(`${where}: the answer has an unexpected shape.`, issues);
}

type SpecTable = Record<string, readonly ['GET' | 'POST', v.GenericSchema]>;

/**
 * Declares a section's actions from a table of `name: [method, schema]`; the key is the action's
 * documented name, so the two cannot drift apart.
 */
export function defineSection<const T extends SpecTable>(
  section: Section,
  table: T,
): { [K in keyof T & string]: ActionSpec<T[K][1]> } {
  const entries = Object.entries(table).map(([action, [method, schema]]) => [
    action,
    { section, action, method, schema },
  ]);
  return Object.fromEntries(entries) as { [K in keyof T & string]: ActionSpec<T[K][1]> };
}
