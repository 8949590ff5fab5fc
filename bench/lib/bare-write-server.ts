// The baseline for bench:pick, run as its own process like the station: node:http and
// better-sqlite3, one insert per request, WAL, synchronous=NORMAL, SQLite's own checkpoints.
// Usage: tsx bench/lib/bare-write-server.ts PORT DB_FILE
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const [port, file] = process.argv.slice(2);
const db = new Database(file!);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(
  'create table if not exists writes (id integer primary key, sku text, qty integer, at text)',
);
const insert = db.prepare('insert into writes (sku, qty, at) values (?, ?, ?)');

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const { sku, qty } = JSON.parse(Buffer.concat(chunks).toString() || '{}') as {
      sku?: string;
      qty?: number;
    };
    const id = Number(insert.run(sku ?? '', qty ?? 0, new Date().toISOString()).lastInsertRowid);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  });
}).listen(Number(port), '127.0.0.1');
