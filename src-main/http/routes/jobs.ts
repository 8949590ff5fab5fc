import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as jobs from '../../contract/jobs';
import { signedInUser } from '../access';
import { serve } from '../serve';

/** The storefront sync's and the reorder alert's own routes, and Admin → Jobs: every job the runner has. */
export const jobRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  serve(app, jobs.startSync, async (req) => {
    const { id } = await ctx.sync.start('manual', signedInUser(req).id);
    return { run_id: id };
  });
  serve(app, jobs.getSyncStatus, () => ctx.sync.status());
  serve(app, jobs.syncRuns, (req) => ({ runs: ctx.sync.history(req.query.limit) }));
  serve(app, jobs.startReorderAlerts, async (req) => {
    const { id } = await ctx.reorderAlerts.start('manual', signedInUser(req).id);
    return { run_id: id };
  });
  serve(app, jobs.listJobs, () => ({ jobs: ctx.jobs.list() as jobs.Job[] }));
};
