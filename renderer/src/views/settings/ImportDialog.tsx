import { useEffect, useId, useRef, useState } from 'react';
import type { ImportFormat, ImportPreview, ImportResult } from '../../../../preload/contract';
import { formatDate, haven } from '../../haven';
import { href } from '../../shell/useRoute';
import { Dialog } from '../../components/Dialog';
import { ProgressBar } from '../../components/ProgressBar';
import { onProgress, type Progress } from '../../progress';
import { entries, sentence } from './dataWords';
import '../manage/manage.css';
import './data.css';
import { Button } from '../../components/Button';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  dayone: 'a Day One export',
  jrnl: 'a jrnl export',
  markdown: 'Markdown files',
  haven: 'a Haven export',
  daylio: 'a Daylio export',
  minidiary: 'a Mini Diary export',
  standardnotes: 'a Standard Notes backup',
};

/** Tags past this many are summed up, so a file with hundreds of tags keeps the dialog readable. */
const TAGS_SHOWN = 24;
/** Lines of "what won't come in" shown at once; the rest a click away, so a vault of broken templates stays calm. */
const PROBLEMS_SHOWN = 8;

type Stage =
  | { kind: 'preview' }
  | { kind: 'running'; progress: Progress }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; message: string };

/**
 * What an import will do, before anything is written: the person confirms, watches it run, and learns how it
 * went. Closing before confirming forgets the preview in the main process.
 */
export function ImportDialog({
  fileName,
  preview,
  onClose,
}: {
  fileName: string;
  preview: ImportPreview;
  onClose: (imported: ImportResult | null) => void;
}) {
  const [stage, setStage] = useState<Stage>({ kind: 'preview' });
  const id = useId();
  const doneRef = useRef<HTMLAnchorElement>(null);
  const fresh = preview.entries - preview.duplicates;

  useEffect(() => {
    if (stage.kind !== 'running') return;
    return onProgress('import-progress', (progress) =>
      setStage((current) => (current.kind === 'running' ? { kind: 'running', progress } : current)),
    );
  }, [stage.kind]);

  useEffect(() => {
    if (stage.kind === 'done') doneRef.current?.focus();
  }, [stage.kind]);

  const close = () => {
    if (stage.kind === 'running') return;
    if (stage.kind === 'preview' || stage.kind === 'failed') void haven().import.cancel({ token: preview.token });
    onClose(stage.kind === 'done' ? stage.result : null);
  };

  const confirm = async () => {
    setStage({ kind: 'running', progress: { done: 0, total: fresh } });
    const result = await haven().import.apply({ token: preview.token });
    setStage(result.ok ? { kind: 'done', result: result.value } : { kind: 'failed', message: result.error.message });
  };

  const range =
    preview.from && preview.to
      ? preview.from === preview.to
        ? `On ${formatDate(preview.from, { dateStyle: 'long' })}`
        : `From ${formatDate(preview.from, { dateStyle: 'long' })} to ${formatDate(preview.to, { dateStyle: 'long' })}`
      : null;
  const shownTags = preview.tags.slice(0, TAGS_SHOWN);
  const moreTags = preview.tags.length - shownTags.length;
  const shownProblems = preview.problems.slice(0, PROBLEMS_SHOWN);
  const moreProblems = preview.problems.slice(PROBLEMS_SHOWN);

  return (
    <Dialog title="Import" description={`From “${fileName}”, ${FORMAT_NAMES[preview.format]}.`} onClose={close}>
      <div className="manage-dialog-body">
        <ul className="data-facts" aria-label="What this file holds">
          <li>
            <strong>{entries(preview.entries)}</strong>
            {range && <span className="hint">{range}</span>}
          </li>
          {preview.duplicates > 0 && (
            <li>
              {entries(preview.duplicates)} {preview.duplicates === 1 ? 'is' : 'are'} already in your journal from an
              earlier import; {preview.duplicates === 1 ? 'it stays as it is' : 'they stay as they are'}.
            </li>
          )}
          <li>
            {preview.tags.length === 0 ? (
              'No tags.'
            ) : (
              <>
                {preview.tags.length === 1 ? '1 tag: ' : `${preview.tags.length} tags: `}
                {shownTags.join(', ')}
                {moreTags > 0 && `, and ${moreTags} more`}.
              </>
            )}
          </li>
          {preview.skipped.map((skip) => (
            <li key={skip.what}>
              {/* The count comes last so one noun reads right for 1 and for 12: “Photos: 1 skipped.” */}
              {skip.what.charAt(0).toUpperCase() + skip.what.slice(1)}: {skip.count} skipped. {sentence(skip.why)}
            </li>
          ))}
        </ul>
        {preview.problems.length > 0 && (
          <div className="data-problems">
            {/* What can't come in, by file and entry, and why: the rest of the file comes in all the same. */}
            <h3 id={`${id}-problems`} className="data-subtitle">
              Worth knowing
            </h3>
            <ul aria-labelledby={`${id}-problems`}>
              {shownProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
            {moreProblems.length > 0 && (
              <details>
                <summary>{moreProblems.length === 1 ? '1 more' : `${moreProblems.length} more`}</summary>
                <ul>
                  {moreProblems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}

        {stage.kind === 'preview' && preview.entries > 0 && fresh === 0 && (
          <p className="notice notice-info">Everything in this file is already in your journal. There’s nothing new.</p>
        )}
        {stage.kind === 'preview' && preview.entries === 0 && (
          <p className="notice notice-info">This file holds no entries, so there’s nothing to import.</p>
        )}
        {stage.kind === 'running' && <ProgressBar label="Importing" progress={stage.progress} />}
        {stage.kind === 'done' && (
          <div role="status" className="notice notice-info stack">
            <p>
              Imported {entries(stage.result.imported)}.
              {stage.result.duplicates > 0 &&
                ` ${entries(stage.result.duplicates)} ${stage.result.duplicates === 1 ? 'was' : 'were'} already here.`}
            </p>
            <a ref={doneRef} href={href({ name: 'timeline' })} onClick={() => onClose(stage.result)}>
              See them in the Timeline
            </a>
          </div>
        )}
        {stage.kind === 'failed' && (
          <p role="alert" className="notice notice-error">
            {stage.message}
          </p>
        )}

        <div className="manage-dialog-actions">
          {stage.kind === 'done' || stage.kind === 'failed' ? (
            <Button variant="secondary" onClick={close}>
              Close
            </Button>
          ) : (
            <>
              <Button variant="secondary" disabled={stage.kind === 'running'} onClick={close}>
                Cancel
              </Button>
              <Button
                variant="primary"
                data-autofocus={fresh > 0 ? true : undefined}
                disabled={fresh === 0}
                // Stays focusable while it runs, so focus doesn't fall out of the dialog.
                aria-disabled={stage.kind === 'running' ? true : undefined}
                onClick={() => stage.kind === 'preview' && void confirm()}
              >
                {stage.kind === 'running' ? 'Importing…' : 'Import'}
              </Button>
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
