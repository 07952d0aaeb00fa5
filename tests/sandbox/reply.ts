/** The JSON values the sandbox answers with, and the few reply shapes the API uses. */

export type Json = string | number | boolean | null | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** What an action handler hands back to the HTTP layer. */
export interface ApiReply {
  httpStatus: number;
  body: JsonObject;
}

/** A normal answer: HTTP 200 and `status: "success"` ahead of the documented fields. */
export function success(fields: JsonObject): ApiReply {
  return { httpStatus: 200, body: { status: 'success', ...fields } };
}

/**
 * A business refusal (balance, cancel window, limits...). The real API answers these with
 * HTTP 200 and `status: "error"`, so clients must read the body, not the status code.
 */
export function businessError(message: string): ApiReply {
  return { httpStatus: 200, body: { status: 'error', message } };
}

/** A request-level error (auth, routing, missing parameter) with its HTTP status. */
export function requestError(httpStatus: number, message: string): ApiReply {
  return { httpStatus, body: { status: 'error', message } };
}

/** `status: "no_numbers"`: the money was taken and given back because no number was free. */
export function noNumbers(message: string): ApiReply {
  return { httpStatus: 200, body: { status: 'no_numbers', message } };
}

/** Thrown by parameter readers; the router turns it into HTTP 400. */
export class ParamError extends Error {
  override readonly name = 'ParamError';
}

export function isParamError(error: unknown): error is ParamError {
  return error instanceof ParamError && error.name === 'ParamError';
}
