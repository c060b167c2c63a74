// Minifies web/cascade.js into web/dist/cascade.min.js (the file GET /api/cascade.js serves, embedded
// into Cascade.Functions) and prints its size; fails above the 5 KiB budget.
//   node web/build.mjs          writes the minified file
//   node web/build.mjs --check  fails when the committed file is not the build of the source,
//                               so a fresh clone builds without Node and CI still catches drift
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const BUDGET = 5 * 1024;
const source = fileURLToPath(new URL('./cascade.js', import.meta.url));
const target = fileURLToPath(new URL('./dist/cascade.min.js', import.meta.url));

const { code } = await transform(await readFile(source, 'utf8'), {
  minify: true,
  target: 'es2017',
  legalComments: 'none',
  charset: 'utf8',
});
const size = Buffer.byteLength(code);
console.log(`snippet: web/dist/cascade.min.js ${size} bytes (${(size / 1024).toFixed(2)} KiB; budget ${BUDGET / 1024} KiB)`);
if (size > BUDGET) {
  console.error('snippet: over budget');
  process.exit(1);
}

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== code) {
    console.error('snippet: web/dist/cascade.min.js is not the build of web/cascade.js; run `npm run build:snippet` and commit it');
    process.exit(1);
  }
} else {
  await writeFile(target, code);
}
