import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { is, SQL } from 'drizzle-orm';
import { getTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import ts from 'typescript';

/**
 * docs/database-schema.md, written from the drizzle schema itself (tables, columns, keys,
 * indexes, checks, and the doc comments on each), so the document cannot drift from the
 * database: db/schema-doc.test.ts fails when the committed file differs from what this writes.
 */

const SCHEMA_DIR = join(import.meta.dirname, 'schema');
const NOT_TABLES = new Set(['columns.ts', 'index.ts']);

interface Comments {
  tables: Map<string, string>;
  /** `table export name.property name` → the comment on that column. */
  columns: Map<string, string>;
}

function docComment(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The doc comments of one schema file, read with the TypeScript parser. */
function commentsOf(source: string): Comments {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const found: Comments = { tables: new Map(), columns: new Map() };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name)) continue;
      const name = decl.name.text;
      found.tables.set(name, docComment(statement));
      const call = decl.initializer;
      const fields = call && ts.isCallExpression(call) ? call.arguments[1] : undefined;
      if (!fields || !ts.isObjectLiteralExpression(fields)) continue;
      for (const prop of fields.properties) {
        if (prop.name && ts.isIdentifier(prop.name))
          found.columns.set(`${name}.${prop.name.text}`, docComment(prop));
      }
    }
  }
  return found;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function defaultOf(column: SQLiteColumn): string {
  if (!column.hasDefault) return '';
  const value = column.default;
  if (is(value, SQL)) {
    // A SQL default such as the ISO timestamp: its text, as the migration writes it.
    const chunks = value.queryChunks.map((c) =>
      typeof c === 'object' && c !== null && 'value' in c ? (c.value as string[]).join('') : '',
    );
    return `\`${chunks.join('')}\``;
  }
  if (value === undefined) return column.defaultFn ? 'set by the app' : '';
  return `\`${JSON.stringify(value)}\``;
}

function tableSection(exportName: string, table: SQLiteTable, comments: Comments): string[] {
  const config = getTableConfig(table);
  const references = new Map<string, string>();
  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    const target = getTableConfig(ref.foreignTable).name;
    ref.columns.forEach((col, i) => {
      const action = fk.onDelete ? ` (on delete ${fk.onDelete})` : '';
      references.set(col.name, `${target}.${ref.foreignColumns[i]!.name}${action}`);
    });
  }
  const keys = new Set(config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)));
  const propertyOf = new Map(
    Object.entries(table).flatMap(([prop, value]) =>
      value && typeof value === 'object' && 'name' in value && 'columnType' in value
        ? [[(value as SQLiteColumn).name, prop] as const]
        : [],
    ),
  );
  const lines = [`### \`${config.name}\``, ''];
  const about = comments.tables.get(exportName);
  if (about) lines.push(about, '');
  lines.push('| column | type | required | default | references | notes |');
  lines.push('|---|---|---|---|---|---|');
  for (const column of config.columns) {
    const flags = [
      column.primary || keys.has(column.name) ? 'primary key' : '',
      column.isUnique ? 'unique' : '',
      column.enumValues?.length
        ? `one of ${column.enumValues.map((v: string) => `\`${v}\``).join(', ')}`
        : '',
      comments.columns.get(`${exportName}.${propertyOf.get(column.name)}`) ?? '',
    ].filter(Boolean);
    lines.push(
      `| \`${column.name}\` | ${column.getSQLType()} | ${column.notNull ? 'yes' : 'no'} | ${cell(
        defaultOf(column),
      )} | ${references.get(column.name) ?? ''} | ${cell(flags.join('; '))} |`,
    );
  }
  const indexes = config.indexes.map((index) => {
    const { name, columns, unique } = index.config;
    const on = columns.map((c) => ('name' in c ? (c as SQLiteColumn).name : 'expression'));
    return `- ${unique ? 'unique index' : 'index'} \`${name}\` on ${on.map((c) => `\`${c}\``).join(', ')}`;
  });
  const checks = config.checks.map((c) => `- check \`${c.name}\``);
  if (indexes.length || checks.length) lines.push('', ...indexes, ...checks);
  lines.push('');
  return lines;
}

export async function schemaDocument(): Promise<string> {
  const lines = [
    '# Database schema',
    '',
    'Written by `npm run db:doc` from `db/schema/` (do not edit by hand; a test fails when this file',
    'and the schema differ). Changes to the database only ever come through new migrations in',
    '`db/migrations/`. Times are ISO-8601 UTC text; money is integer cents.',
    '',
  ];
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.ts') && !NOT_TABLES.has(f))
    .sort();
  for (const file of files) {
    const path = join(SCHEMA_DIR, file);
    const comments = commentsOf(readFileSync(path, 'utf8'));
    const module = (await import(path)) as Record<string, unknown>;
    // Sorted by hand: a module namespace's key order differs between loaders.
    const tables = Object.entries(module)
      .filter(([, value]) => is(value, SQLiteTable))
      .sort(([a], [b]) => a.localeCompare(b));
    if (tables.length === 0) continue;
    lines.push(`## ${basename(file, '.ts')}`, '');
    for (const [name, table] of tables)
      lines.push(...tableSection(name, table as SQLiteTable, comments));
  }
  return lines.join('\n');
}
