// Rewrites docs/database-schema.md from db/schema/ (see db/schema-doc.ts).
import { writeFileSync } from 'node:fs';
import { schemaDocument } from '../db/schema-doc';

writeFileSync('docs/database-schema.md', await schemaDocument());
console.log('wrote docs/database-schema.md');
