// @vitest-environment node
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function runCli(args: string[]) {
  const child = spawn(TSX, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('sandbox CLI', () => {
  it('prints its usage for --help', async () => {
    const run = runCli(['--help']);

    const [code] = await once(run.child, 'exit');

    expect(code).toBe(0);
    expect(run.output()).toContain('--auto-sms');
  });

  it('serves the given key and balance and stops on SIGTERM', async () => {
    const run = runCli(['--port', '0', '--key', 'cli-key', '--balance', '77']);
    await waitFor(() => run.output().includes('API key'), 10_000);
    const apiBase = /API base: (\S+)/.exec(run.output())?.[1] ?? '';

    const response = await fetch(`${apiBase}/smm?api_key=cli-key&action=getBalance`);
    run.child.kill('SIGTERM');
    const [code] = await once(run.child, 'exit');

    expect(run.output()).toContain('cli-key');
    expect(await response.json()).toMatchObject({ balance: 77 });
    expect(code).toBe(0);
  });
});
