import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApi } from '@/utils/api';
import { ApiError } from '@/utils/errors';

import { callByName, docExamples, typedParams } from '../helpers/doc-examples';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server.close();
});

const apiFor = (origin: string) => createApi({ apiKey: 'API_KEY', baseUrl: `${origin}/api/v2` });

describe('the documentation examples', () => {
  it('cover all 37 actions of the five sections', () => {
    const names = docExamples.map((example) => `${example.section} ${example.action}`);

    expect(new Set(names).size).toBe(37);
  });

  it.each(docExamples.map((example) => [`${example.section} ${example.action}`, example] as const))(
    '%s is requested exactly as documented',
    async (_name, example) => {
      server.answerWith({ body: JSON.stringify(example.responses[0]) });
      const documented = new URL(example.url);

      await callByName(apiFor(server.origin), example, typedParams(example.params));

      const seen = server.requests.at(-1)!;
      expect(seen.method).toBe(example.method);
      expect(seen.url).toBe(`${documented.pathname}${documented.search}`);
    },
  );

  const answers = docExamples.flatMap((example) =>
    example.responses.map(
      (response, index) =>
        [`${example.section} ${example.action} #${index + 1}`, example, response] as const,
    ),
  );

  it.each(answers)('%s parses into its typed result', async (_name, example, response) => {
    server.answerWith({ body: JSON.stringify(response) });

    const outcome = await callByName(
      apiFor(server.origin),
      example,
      typedParams(example.params),
    ).catch((error: unknown) => error);

    if (response.status === 'error') {
      expect(outcome).toBeInstanceOf(ApiError);
      expect((outcome as ApiError).message).toBe(response.message);
    } else {
      expect(outcome).toMatchObject({ status: response.status });
    }
  });
});
