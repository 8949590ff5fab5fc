interface Segment {
  value: number;
  tone: 'done' | 'short' | 'busy';
}

interface ProgressBarProps {
  /** Leave out while the total is unknown: the bar then only says that work is going on. */
  max?: number;
  segments: readonly Segment[];
  label: string;
  valueText: string;
}

export function ProgressBar({ max, segments, label, valueText }: ProgressBarProps) {
  const total = segments.reduce((sum, s) => sum + s.value, 0);
  return (
    <div
      className={max === undefined ? 'progress progress-indeterminate' : 'progress'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={max === undefined ? undefined : total}
      aria-valuetext={valueText}
    >
      {max !== undefined &&
        segments.map((s, i) => (
          <span
            key={i}
            className={`progress-fill progress-${s.tone}`}
            style={{ width: `${max > 0 ? (100 * s.value) / max : 0}%` }}
          />
        ))}
    </div>
  );
}
