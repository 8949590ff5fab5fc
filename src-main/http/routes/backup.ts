import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { backupsDir } from '../../platform/paths';
import { privateDir, privateFile } from '../../platform/private-files';
import { ADMIN } from '../access';

export const backupRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/admin/backup',
      {
        config: { access: ADMIN },
        schema: {
          tags: ['admin'],
          summary: 'Write an online backup of the database now (pickers can keep working).',
          response: { 200: z.object({ path: z.string(), bytes: z.number() }) },
        },
      },
      async () => {
        const dir = backupsDir(ctx.dataDir);
        privateDir(dir);
        const path = join(dir, `station-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
        privateFile(path);
        await ctx.db.$client.backup(path);
        return { path, bytes: statSync(path).size };
      },
    );
  };
