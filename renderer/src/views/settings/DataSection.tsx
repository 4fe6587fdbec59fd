import { useEffect, useState, type ReactNode } from 'react';
import type { ExportResult, ImportPreview } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import { formatDate, haven } from '../../haven';
import { entries, fileName } from './dataWords';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { SettingsSection } from './Section';
import './data.css';
import { Button } from '../../components/Button';

type Message = { kind: 'info' | 'error'; text: ReactNode } | null;
type Busy = 'reading' | 'backup' | null;

/**
 * Bringing a journal in from elsewhere, taking it out, and keeping an encrypted copy anywhere the person likes.
 * The main process shows the file dialogs; this section shows what they led to.
 */
export function DataSection() {
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<Message>(null);
  const [importing, setImporting] = useState<{ fileName: string; preview: ImportPreview } | null>(null);
  const [exporting, setExporting] = useState(false);

  const chooseImport = async (folder: boolean) => {
    if (busy) return;
    setMessage(null);
    const chosen = await haven().import.choose({ folder });
    if (!chosen.ok) {
      if (chosen.error.code !== 'cancelled') setMessage({ kind: 'error', text: chosen.error.message });
      return;
    }
    setBusy('reading');
    const preview = await haven().import.preview({ path: chosen.value.path });
    setBusy(null);
    const name = fileName(chosen.value.path);
    if (preview.ok) setImporting({ fileName: name, preview: preview.value });
    else {
      // The main process says what was wrong and where; the file's name leads when its words leave it out.
      const { message } = preview.error;
      const which = message.includes(name) ? '' : `Haven can’t import “${name}”. `;
      setMessage({ kind: 'error', text: `${which}${message} Nothing in your journal changed.` });
    }
  };

  const saveBackup = async () => {
    if (busy) return;
    setMessage(null);
    setBusy('backup');
    const result = await haven().backup.save();
    setBusy(null);
    if (result.ok)
      setMessage({
        kind: 'info',
        text: (
          <>
            Saved an encrypted backup to <span className="mono">{result.value.path}</span>. It opens only with this
            journal’s passphrase or recovery key: on the lock screen, choose Restore from backup.
          </>
        ),
      });
    else if (result.error.code !== 'cancelled') setMessage({ kind: 'error', text: result.error.message });
  };

  return (
    <SettingsSection section="data" busy={busy !== null}>
      <p className="hint">
        Bring in what you wrote in Day One, jrnl, Daylio, Mini Diary, Standard Notes or Markdown files; take your
        journal out as Markdown, PDF or Haven’s own format; or save an encrypted copy anywhere you like.
      </p>
      <div className="button-row">
        <DataButton busy={busy} onClick={() => void chooseImport(false)}>
          Import…
        </DataButton>
        <DataButton
          busy={busy}
          onClick={() => {
            if (busy) return;
            setMessage(null);
            setExporting(true);
          }}
        >
          Export…
        </DataButton>
        <DataButton busy={busy} onClick={() => void saveBackup()}>
          {busy === 'backup' ? 'Saving a backup…' : 'Save a backup…'}
        </DataButton>
      </div>
      <Button variant="link" aria-disabled={busy ? true : undefined} onClick={() => void chooseImport(true)}>
        Import a folder of Markdown files…
      </Button>
      {busy === 'reading' && <p className="hint">Reading the file…</p>}
      <DailyCheck />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}

      {importing && (
        <ImportDialog
          fileName={importing.fileName}
          preview={importing.preview}
          onClose={(result) => {
            setImporting(null);
            if (result) setMessage({ kind: 'info', text: `Imported ${entries(result.imported)}.` });
          }}
        />
      )}
      {exporting && (
        <ExportDialog
          onClose={() => setExporting(false)}
          onDone={(result) => {
            setExporting(false);
            setMessage({
              kind: 'info',
              text: (
                <>
                  Exported {entries(result.entries)} to <span className="mono">{result.path}</span>. It isn’t encrypted,
                  so keep it somewhere private.
                  {result.asPlainText.length > 0 && <AsPlainText entries={result.asPlainText} />}
                </>
              ),
            });
          }}
        />
      )}
    </SettingsSection>
  );
}

type CheckState = 'checking' | 'passed' | 'not-run';

const CHECK_WORDS: Record<CheckState, string> = {
  checking: 'Checking today that everything in your journal reads back whole… You can keep writing meanwhile.',
  passed: 'Checked today: everything reads back whole.',
  'not-run': 'Today’s check couldn’t finish this time. Haven will try again the next time you unlock.',
};

/**
 * Once a day Haven reads every page of the journal back, beside the open journal rather than before it. While it
 * runs this asks again every second; a quiet line, announced politely when it changes.
 */
function DailyCheck() {
  const [state, setState] = useState<CheckState | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const result = await haven().session.integrity();
      if (stopped || !result.ok) return;
      setState(result.value.state);
      if (result.value.state === 'checking') timer = setTimeout(() => void ask(), 1000);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return (
    <p className="hint data-check" aria-live="polite">
      {state && CHECK_WORDS[state]}
    </p>
  );
}

/** Names the entries an export could only write as their plain text, so none is left out without a word. */
function AsPlainText({ entries: written }: { entries: ExportResult['asPlainText'] }) {
  return (
    <>
      {' '}
      {written.length === 1 ? 'One entry' : `${written.length.toLocaleString()} entries`} can’t be shown in the editor,
      so the export holds the text Haven could recover of {written.length === 1 ? 'it' : 'them'}:{' '}
      {written
        .map((entry) => `${formatDate(entry.date, { dateStyle: 'long' })}${entry.title ? ` (“${entry.title}”)` : ''}`)
        .join('; ')}
      .
    </>
  );
}

/** Stays focusable while busy (aria-disabled), so focus has somewhere to come back to when a dialog closes. */
function DataButton({ busy, onClick, children }: { busy: Busy; onClick: () => void; children: ReactNode }) {
  return (
    <Button variant="secondary" aria-disabled={busy ? true : undefined} onClick={onClick}>
      {children}
    </Button>
  );
}
