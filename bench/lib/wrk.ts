import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface WrkResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  socketErrors: number;
  /** How many bodies from the start of the list were sent (threads run unevenly, so not `requests`). */
  bodiesUsed: number;
}

export interface WrkLoad {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Request bodies sent in rotation (POST); the threads take turns, so each is sent once per round. */
  bodies?: string[];
  connections?: number;
  seconds?: number;
}

const THREADS = 2;
const lua = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string literal here

/**
 * Loads a URL with wrk (a separate process: Node's own HTTP clients saturate before the
 * station does) and reads its numbers from a Lua `done` hook rather than parsing its text.
 */
export async function wrk(load: WrkLoad): Promise<WrkResult> {
  const script = join(mkdtempSync(join(tmpdir(), 'wrk-')), 'load.lua');
  const bodies = load.bodies ?? [''];
  writeFileSync(
    script,
    `
local bodies = { ${bodies.map(lua).join(', ')} }
local threads, started, all = ${THREADS}, 0, {}
function setup(thread)
  thread:set('first', started)
  started = started + 1
  table.insert(all, thread)
end
wrk.method = ${lua(load.method ?? 'GET')}
${Object.entries({ 'Content-Type': 'application/json', ...load.headers })
  .map(([k, v]) => `wrk.headers[${lua(k)}] = ${lua(v)}`)
  .join('\n')}
i = nil
request = function()
  -- Thread n sends bodies n, n + threads, …: together they go through the list once per round.
  i = (i or first) + threads
  return wrk.format(nil, nil, nil, bodies[(i - threads) % #bodies + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  local used = 0
  for _, t in ipairs(all) do
    local last = t:get('i')
    if last and last - threads + 1 > used then used = last - threads + 1 end
  end
  io.write(string.format('WRKJSON {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"non2xx":%d,"socket_errors":%d,"bodies_used":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout, used))
end
`,
  );
  const { stdout } = await promisify(execFile)('wrk', [
    `-t${THREADS}`,
    `-c${load.connections ?? 20}`,
    `-d${load.seconds ?? 8}s`,
    '--timeout',
    '5s',
    '-s',
    script,
    load.url,
  ]);
  const json = stdout.match(/WRKJSON (\{.*\})/)?.[1];
  if (!json) throw new Error(`wrk printed no result:\n${stdout}`);
  const r = JSON.parse(json) as Record<string, number>;
  return {
    requestsPerSec: r.requests! / (r.duration_us! / 1e6),
    p50Ms: r.p50_us! / 1000,
    p99Ms: r.p99_us! / 1000,
    requests: r.requests!,
    non2xx: r.non2xx!,
    socketErrors: r.socket_errors!,
    bodiesUsed: r.bodies_used!,
  };
}
