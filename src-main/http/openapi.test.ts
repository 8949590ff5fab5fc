import { afterAll, beforeAll, expect, it } from 'vitest';
import { testStation, type TestStation } from '../testing/test-station';

let st: TestStation;
let operations: { route: string; responses: Record<string, { content?: object }> }[];

beforeAll(async () => {
  st = await testStation();
  const spec = (await st.request('GET', '/api/openapi.json')).json() as {
    paths: Record<string, Record<string, { responses?: Record<string, { content?: object }> }>>;
  };
  operations = Object.entries(spec.paths).flatMap(([url, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      route: `${method.toUpperCase()} ${url}`,
      responses: op.responses ?? {},
    })),
  );
});
afterAll(() => st.close());

it('documents what every route answers on success', () => {
  expect(operations.length).toBeGreaterThan(40);
  const undocumented = operations
    .filter(({ responses }) => {
      const [status, answer] =
        Object.entries(responses).find(([code]) => /^2\d\d$/.test(code)) ?? [];
      return !status || (status !== '204' && !answer?.content);
    })
    .map((op) => op.route);
  expect(undocumented).toEqual([]);
});
