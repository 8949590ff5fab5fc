import { execFile } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testStation, type TestStation } from '../../testing/test-station';

/**
 * Password checks are counted, and can be held back, so a test can hold a burst "in the hash"
 * and see what the throttle does meanwhile. While not held they run the real scrypt, and the
 * admin's are timed: from asking for the hash to having it, queue included.
 */
const hashes = vi.hoisted(() => ({
  checks: 0,
  held: false,
  waiting: [] as (() => void)[],
  adminMs: [] as number[],
}));
vi.mock('../../services/auth/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../services/auth/passwords')>();
  return {
    ...real,
    verifyPassword: async (password: string, stored: string) => {
      hashes.checks++;
      if (hashes.held) await new Promise<void>((resume) => hashes.waiting.push(resume));
      const started = performance.now();
      const ok = await real.verifyPassword(password, stored);
      if (password === 'admin-password') hashes.adminMs.push(performance.now() - started);
      return ok;
    },
  };
});

let st: TestStation;
let base: string;
beforeEach(async () => {
  st = await testStation();
  base = await st.listen();
  await st.ctx.users.create({
    username: 'ana',
    email: 'ana@example.com',
    password: 'right-password',
    role: 'picker',
  });
  Object.assign(hashes, { checks: 0, held: false, waiting: [], adminMs: [] });
});
afterEach(async () => {
  hashes.held = false;
  hashes.waiting.forEach((resume) => resume());
  await st.close();
});

/** A real HTTP login; parallel ones go out on parallel connections. */
async function login(body: object): Promise<number> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Sends all the logins at once from a child process and answers their statuses. */
function floodFrom(url: string, bodies: object[]): Promise<number[]> {
  const script = `
    const bodies = JSON.parse(process.argv[1]);
    Promise.all(bodies.map((body) =>
      fetch(process.argv[2], { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body) }).then(async (res) => (await res.arrayBuffer(), res.status)),
    )).then((statuses) => console.log(JSON.stringify(statuses)));`;
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['-e', script, JSON.stringify(bodies), `${url}/api/auth/login`],
      { maxBuffer: 1 << 20 },
      (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout))),
    ),
  );
}

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((r) => setTimeout(r, 10));
};

describe('login throttling under parallel requests', () => {
  it('a burst of 50 parallel guesses gets no more password checks than guesses one by one', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login({ username: 'ana', password: `guess-${i}` })),
    );
    expect(hashes.checks).toBe(5);
    expect(answers.filter((s) => s === 401)).toHaveLength(5);
    expect(answers.filter((s) => s === 429)).toHaveLength(45);
    expect(await login({ username: 'ana', password: 'right-password' })).toBe(429);
  });

  it('the right password inside a burst that is over the limit does not sign in', async () => {
    hashes.held = true;
    const wrong = Array.from({ length: 5 }, (_, i) =>
      login({ username: 'ana', password: `guess-${i}` }),
    );
    await until(() => hashes.waiting.length === 5);
    const right = login({ username: 'ana', password: 'right-password' });
    // Give the right one time to reach the hash if the throttle let it.
    await new Promise((r) => setTimeout(r, 300));
    hashes.held = false;
    hashes.waiting.forEach((resume) => resume());
    expect(await right).toBe(429);
    expect(await Promise.all(wrong)).toEqual([401, 401, 401, 401, 401]);
    expect(hashes.checks).toBe(5);
  });

  it('username and email are one account: guesses by either count together', async () => {
    for (const username of ['ana', 'ANA@example.com', 'ana', 'ana@example.com', 'Ana'])
      expect(await login({ username, password: 'wrong-guess' })).toBe(401);
    expect(await login({ email: 'ana@example.com', password: 'right-password' })).toBe(429);
    expect(await login({ username: 'ana', password: 'right-password' })).toBe(429);
  });

  it('unknown names are throttled by what was typed', async () => {
    for (let i = 0; i < 5; i++)
      expect(await login({ username: 'Ghost', password: 'wrong-guess' })).toBe(401);
    expect(await login({ username: 'ghost', password: 'wrong-guess' })).toBe(429);
    expect(await login({ username: 'ana', password: 'right-password' })).toBe(200);
  });
});

describe('a login flood', () => {
  /** Milliseconds until the answer, from now. */
  const timed = async (answer: Promise<number>, expected: number) => {
    const started = performance.now();
    expect(await answer).toBe(expected);
    return performance.now() - started;
  };
  const adminLogin = () => login({ username: 'admin', password: 'admin-password' });
  const health = () =>
    fetch(`${base}/api/health`).then(async (res) => (await res.arrayBuffer(), res.status));

  it("does not delay another account's correct login: 200 bad logins from one address and 200 against one account", async () => {
    // The same login alone first, on this (possibly busy) machine.
    const alone = Math.min(
      await timed(adminLogin(), 200),
      await timed(adminLogin(), 200),
      await timed(adminLogin(), 200),
    );
    const hashAlone = Math.min(...hashes.adminMs);
    hashes.checks = 0;

    // The flood comes from another process, as from another device.
    const flood = floodFrom(base, [
      ...Array.from({ length: 200 }, (_, i) => ({ username: `nobody${i}`, password: 'x' })),
      ...Array.from({ length: 200 }, (_, i) => ({ username: 'ana', password: `guess-${i}` })),
    ]);
    await until(() => hashes.checks >= 3);
    // On a machine this busy merely reading 400 requests holds every answer up for a while,
    // hashes or not; the longest health answer while the login is pending measures that.
    let pending = true;
    let worstHealth = 0;
    const probing = (async () => {
      while (pending) {
        worstHealth = Math.max(worstHealth, await timed(health(), 200));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const during = await timed(adminLogin(), 200);
    pending = false;
    await probing;
    const answers = await flood;
    const hashDuring = hashes.adminMs.at(-1)!;

    // Refused before hashing: the flood got a handful of checks, not 400.
    expect(hashes.checks).toBeLessThan(30);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThan(370);
    // Before the fix the admin's hash queued behind hundreds of others: tens of seconds.
    const figures = `alone ${alone.toFixed(0)} ms (hash ${hashAlone.toFixed(0)}), during ${during.toFixed(0)} ms (hash ${hashDuring.toFixed(0)}), worst health ${worstHealth.toFixed(0)} ms`;
    expect(hashDuring, figures).toBeLessThan(Math.max(1_000, 4 * hashAlone));
    expect(during, figures).toBeLessThan(Math.max(1_000, 4 * alone) + worstHealth);
  }, 90_000);
});
