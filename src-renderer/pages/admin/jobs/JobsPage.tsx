import { DataTable } from '../../../components/DataTable';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { useStationEvents } from '../../../hooks/useStationEvents';
import { dateTime } from '../../orders/order-labels';
import { countsSentence, MODE_LABELS } from '../../picklist/SyncStatusCard';
import { ReorderList, reorderSentence } from './ReorderList';
import * as jobsApi from '../../../../src-main/contract/jobs';

const RUN_STATUS = { running: 'Running', ok: 'Done', error: 'Failed' } as const;
const RUN_COLUMNS = ['Started', 'Took', 'Result', 'What changed'];

/** Admin → Jobs: what runs on its own, when it runs next, and how its last runs went. */
export function JobsPage() {
  const jobs = useApiData(jobsApi.listJobs);
  useStationEvents((event) => {
    if (event.type === 'sync_started' || event.type === 'sync_finished') jobs.reload();
  });

  return (
    <div className="stack">
      <header className="page-header">
        <h1>Jobs</h1>
        <p>The work the station does on its own schedule, and how its last runs went.</p>
      </header>
      {jobs.error && <LoadError message={jobs.error} onRetry={jobs.reload} />}
      {!jobs.data && !jobs.error && <p className="muted">Loading jobs…</p>}
      {jobs.data?.jobs.map((job) => (
        <section
          className="card"
          key={job.name}
          aria-labelledby={`job-${job.name}`}
          data-testid={`job-${job.name}`}
        >
          <h2 id={`job-${job.name}`}>{job.title}</h2>
          <dl className="order-facts">
            {job.name === 'storefront_sync' && (
              <div>
                <dt>Source</dt>
                <dd>{MODE_LABELS[job.mode]}</dd>
              </div>
            )}
            <div>
              <dt>Schedule</dt>
              <dd>
                {job.schedule
                  ? capitalized(job.schedule)
                  : 'Not scheduled: set a storefront in Settings'}
              </dd>
            </div>
            <div>
              <dt>Next run</dt>
              <dd>
                {job.running ? 'Running now' : job.next_run_at ? dateTime(job.next_run_at) : '—'}
              </dd>
            </div>
          </dl>
          {job.name === 'reorder_alerts' && job.last_runs[0] && (
            <ReorderList run={job.last_runs[0]} />
          )}
          <h3>Recent runs</h3>
          {job.last_runs.length === 0 ? (
            <p className="muted">No run yet.</p>
          ) : (
            <DataTable className="stacked job-runs" columns={RUN_COLUMNS}>
              <tbody>
                {job.last_runs.map((run) => (
                  <tr key={run.id}>
                    <td data-label="Started">{dateTime(run.started_at)}</td>
                    <td data-label="Took">
                      {run.finished_at ? took(run.started_at, run.finished_at) : '—'}
                    </td>
                    <td data-label="Result">
                      <span className={run.status === 'error' ? 'badge badge-off' : 'badge'}>
                        {RUN_STATUS[run.status]}
                      </span>
                    </td>
                    <td data-label="What changed" className={run.error ? 'error' : undefined}>
                      {run.error ??
                        (run.status !== 'ok'
                          ? '—'
                          : capitalized(
                              'skus' in run ? reorderSentence(run) : countsSentence(run),
                            ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </section>
      ))}
    </div>
  );
}

function took(startedAt: string, finishedAt: string): string {
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
