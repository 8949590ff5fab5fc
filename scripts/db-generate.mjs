// drizzle-kit generate, then mark every table the new migration creates as STRICT:
// SQLite then refuses a string in an integer column instead of storing it silently.
// Only files that did not exist before this run are touched; shipped migrations never change.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'db/migrations';
const sqlFiles = () => readdirSync(dir).filter((f) => f.endsWith('.sql'));
const before = new Set(sqlFiles());
execFileSync('npx', ['drizzle-kit', 'generate', ...process.argv.slice(2)], { stdio: 'inherit' });

for (const file of sqlFiles().filter((f) => !before.has(f))) {
  const path = join(dir, file);
  const statements = readFileSync(path, 'utf8').split('--> statement-breakpoint');
  const strict = statements.map((s) =>
    /^\s*CREATE TABLE/.test(s) ? s.replace(/\n\);(\s*)$/, '\n) STRICT;$1') : s,
  );
  writeFileSync(path, strict.join('--> statement-breakpoint'));
  console.log(`made the tables of ${file} STRICT`);
}
