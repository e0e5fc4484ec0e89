import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  baseUrl: string;
  /**
   * An origin (http://127.0.0.1:<free port>) the host admits as a webhook target
   * (Webhooks:AllowedTargets): every other loopback or private address is refused at registration.
   * Nothing listens there, so deliveries to it fail and are retried.
   */
  webhookTarget: string;
  output: () => string;
  stop: () => Promise<void>;
}

interface HostOptions {
  dll: string;
  spaRoot: string;
  readyTimeoutMs?: number;
}

/** Asks the OS for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('No port assigned')),
      );
    });
  });
}

/** Keeps the last lines the host printed, to explain a failed start. */
function outputTail(maxLines = 300) {
  const lines: string[] = [];
  return {
    append(chunk: Buffer, stream: string) {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (line.length > 0) lines.push(`[${stream}] ${line}`);
      }
      lines.splice(0, Math.max(0, lines.length - maxLines));
    },
    text: () => lines.join('\n'),
  };
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

/**
 * The host signs and encrypts its tokens with keys from configuration and refuses to start without
 * them (Access:Tokens:*, docs/security.md); Testing has none of its own. A run makes throw-away
 * ones, unless the environment already names keys.
 */
function throwAwayTokenKeys(): Record<string, string> {
  if (process.env.Access__Tokens__SigningKey && process.env.Access__Tokens__EncryptionKey) return {};
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
    publicKeyEncoding: { type: 'spki', format: 'der' },
  });
  return {
    Access__Tokens__SigningKey: privateKey.toString('base64'),
    Access__Tokens__EncryptionKey: randomBytes(32).toString('base64'),
  };
}

/**
 * The audit trail seals records with an HMAC key and signs checkpoints with an ECDSA P-256 key
 * (Audit:*, docs/audit.md); Testing has neither, and without them the sealer fails every pass and
 * leaves every record unsealed. A run makes throw-away ones (checkpoints go to the run's temporary
 * folder), unless the environment already names a current seal key.
 */
function throwAwayAuditKeys(dataDir: string): Record<string, string> {
  if (process.env.Audit__CurrentSealKeyId) return {};
  const { privateKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
    publicKeyEncoding: { type: 'spki', format: 'der' },
  });
  return {
    'Audit__SealKeys__e2e-1': randomBytes(32).toString('base64'),
    Audit__CurrentSealKeyId: 'e2e-1',
    Audit__CheckpointSigningKey: privateKey.toString('base64'),
    Audit__CheckpointFolder: join(dataDir, 'audit-checkpoints'),
  };
}

const delay = (ms: number) => new Promise((resolveDelay) => setTimeout(resolveDelay, ms));

/**
 * Starts `dotnet <dll>` on a free port with a fresh SQLite database, serving the built SPA, and
 * resolves once /health/ready answers 200.
 */
export async function startHost({ dll, spaRoot, readyTimeoutMs = 60_000 }: HostOptions): Promise<RunningHost> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const webhookTarget = `http://127.0.0.1:${await freePort()}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'lawyerwork-e2e-'));
  const tail = outputTail();

  const child = spawn('dotnet', [dll, '--urls', baseUrl], {
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Testing',
      DOTNET_ENVIRONMENT: 'Testing',
      Database__Provider: 'Sqlite',
      ConnectionStrings__LawyerWork: `Data Source=${join(dataDir, 'e2e.db')}`,
      Spa__RootPath: spaRoot,
      ...throwAwayTokenKeys(),
      ...throwAwayAuditKeys(dataDir),
      // Every browser test signs in from 127.0.0.1: the per-IP limit (10 a minute, docs/security.md)
      // would refuse a whole run's sign-ins. The limit itself is the back end's tests' business.
      'RateLimits__sign-in': '1000',
      // The SSRF check refuses loopback targets; the integration test subscribes to this one origin.
      Webhooks__AllowedTargets__0: webhookTarget,
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_NOLOGO: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => tail.append(chunk, 'out'));
  child.stderr?.on('data', (chunk: Buffer) => tail.append(chunk, 'err'));
  let spawnError: Error | undefined;
  child.on('error', (error) => (spawnError = error));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const fail = async (reason: string): Promise<never> => {
    await stop();
    throw new Error(`${reason}\n--- host output (last lines) ---\n${tail.text() || '(nothing)'}`);
  };

  const deadline = Date.now() + readyTimeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (spawnError) return fail(`Could not start "dotnet ${dll}": ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      return fail(`The host exited before it was ready (exit code ${child.exitCode ?? child.signalCode}).`);
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return { baseUrl, webhookTarget, output: tail.text, stop };
      lastProblem = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await delay(250);
  }
  return fail(`The host was not ready within ${readyTimeoutMs / 1000} s at ${baseUrl}/health/ready (last: ${lastProblem}).`);
}
