import { useEffect, useState } from 'react';
import { onProgress, type Progress, type ProgressKind } from '../progress';
import './progress.css';
import { entriesCount } from '../../../resources/words/plural';

/** A determinate progress bar for work counted in entries: "120 of 3,816 entries". */
export function ProgressBar({ label, progress }: { label: string; progress: Progress }) {
  const total = Math.max(progress.total, 1);
  const done = Math.min(progress.done, total);
  const text = `${done.toLocaleString()} of ${entriesCount(progress.total)}`;
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${(done / total) * 100}%` }} />
      </div>
      <p className="hint" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}

/** The latest progress of `kind` while `active`, starting from none of `total`. */
export function useProgress(kind: ProgressKind, active: boolean, total: number): Progress {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => (active ? onProgress(kind, setProgress) : undefined), [kind, active]);
  return progress ?? { done: 0, total };
}
