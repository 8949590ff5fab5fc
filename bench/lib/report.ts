/** Prints one benchmark line: the figure, its target, and whether it met it. */
export function report(name: string, value: string, target: string, ok: boolean): void {
  console.log(`${ok ? 'PASS' : 'MISS'}  ${name.padEnd(44)} ${value.padEnd(34)} target ${target}`);
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
