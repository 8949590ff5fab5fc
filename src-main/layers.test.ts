import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import rules of docs/architecture.md, checked against the real eslint.config.js: each case
 * is a file that breaks one layer, linted as if it lived where it says.
 */
const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => /no-restricted-imports/.test(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['src-main/domain/x.ts', "import { openDatabase } from '../platform/database';"],
    ['src-main/domain/x.ts', "import { readFileSync } from 'node:fs';"],
    [
      'src-main/devices/printer/x.ts',
      "import { PickingService } from '../../services/picking/picking-service';",
    ],
    ['src-main/platform/x.ts', "import { buildServer } from '../http/server';"],
    ['src-main/store/x.ts', "import type { StationContext } from '../context';"],
    ['src-main/services/picking/x.ts', "import { signedInUser } from '../../http/access';"],
    ['src-main/contract/x.ts', "import { picklist } from '../services/picking/picklist';"],
    ['src-main/services/picking/x.ts', "import { createStation } from '../../station';"],
    ['src-main/services/x.ts', "import { app } from 'electron';"],
    [
      'src-renderer/pages/x.ts',
      "import { picklist } from '../../src-main/services/picking/picklist';",
    ],
    ['src-renderer/pages/x.ts', "import { schema } from '../../db/schema';"],
    ['src-main/services/picking/x.ts', "import { prepared } from '../../platform/prepared';"],
    ['src-main/http/routes/x.ts', "import { eq } from 'drizzle-orm';"],
    ['src-main/jobs/x.ts', "import Database from 'better-sqlite3';"],
    ['src-main/devices/pdf/x.ts', "import { prepared } from '../../platform/prepared';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['src-main/domain/x.ts', "import { allocate } from './allocation';"],
    ['src-main/services/picking/x.ts', "import { WriteQueue } from '../../platform/write-queue';"],
    ['src-main/http/x.ts', "import { PickingService } from '../services/picking/picking-service';"],
    ['src-main/electron/x.ts', "import { app } from 'electron';"],
    ['src-renderer/pages/x.ts', "import { PRINTER_TYPES } from '../../src-main/domain/printers';"],
    ['src-renderer/pages/x.ts', "import type { Db } from '../../src-main/platform/database';"],
    ['src-renderer/pages/x.ts', "import { pick } from '../../src-main/contract/picking';"],
    ['src-main/contract/x.ts', "import { ROLES } from '../domain/roles';"],
    ['src-main/store/x.ts', "import { prepared } from '../platform/prepared';"],
    [
      'src-main/services/picking/x.test.ts',
      "import { testStation } from '../../testing/test-station';",
    ],
  ])('%s may: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
