// Generates src/shared/api/schema.d.ts from the host's OpenAPI document with openapi-typescript.
//
//   npm run gen:api                       ../docs/api/openapi.v1.json -> src/shared/api/schema.d.ts
//   npm run gen:api -- <openapi.json>     another document (e.g. openapi.provisional.json)
//   npm run check:api                     regenerate into a temp file; exit 1 if schema.d.ts is stale
//
// The input can also be set with the LAWYERWORK_OPENAPI environment variable (the argument wins).
// It is a Node script rather than a shell one-liner so it runs the same under sh, cmd and PowerShell.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultInput = '../docs/api/openapi.v1.json';
const schemaFile = resolve(frontendDir, 'src/shared/api/schema.d.ts');
const cli = resolve(frontendDir, 'node_modules/openapi-typescript/bin/cli.js');

const args = process.argv.slice(2);
const check = args.includes('--check');
const inputArg = args.find((a) => !a.startsWith('--'));
const input = resolve(frontendDir, inputArg ?? process.env.LAWYERWORK_OPENAPI ?? defaultInput);

if (!existsSync(input)) {
  console.error(
    `OpenAPI document not found: ${input}\n` +
      `Generate it with the back end first, or point at another document: ` +
      `npm run gen:api -- <path> (or LAWYERWORK_OPENAPI=<path>).`,
  );
  process.exit(2);
}

function generate(output) {
  const result = spawnSync(process.execPath, [cli, input, '--output', output], {
    cwd: frontendDir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    console.error(`openapi-typescript failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const normalise = (text) => text.replace(/\r\n/g, '\n');

if (!check) {
  generate(schemaFile);
  console.log(`Generated ${relative(frontendDir, schemaFile)} from ${relative(frontendDir, input)}.`);
  process.exit(0);
}

const tempDir = mkdtempSync(join(tmpdir(), 'lawyerwork-api-'));
try {
  const fresh = join(tempDir, 'schema.d.ts');
  generate(fresh);
  const current = existsSync(schemaFile) ? normalise(readFileSync(schemaFile, 'utf8')) : null;
  if (current !== normalise(readFileSync(fresh, 'utf8'))) {
    console.error(
      `${relative(frontendDir, schemaFile)} is stale: it does not match ${relative(frontendDir, input)}.\n` +
        `Run "npm run gen:api" in Frontend/ and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${relative(frontendDir, schemaFile)} is up to date with ${relative(frontendDir, input)}.`);
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
