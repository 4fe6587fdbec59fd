import { rmSync } from 'node:fs';
import type { AppEvent, LockSettings, Session as SessionInfo } from '../../preload/contract';
import { HavenError } from '../errors';
import type { Platform } from '../platform/types';
import { adoptScheduledBackup } from '../vault/backups';
import { checkpoint, damageFound, isDamageError } from '../vault/database';
import { runCheckInThread, type IntegrityRunner, type RunningCheck } from '../vault/integrity';
import { listVaults, recoverVault, unlockVault, type OpenVault } from '../vault/store';
import type { EventQueue } from './events';
import { readLastJournal, rememberLastJournal } from './preferences';
import { DEFAULT_LOCK, readLockSettings, writeLockSettings } from './settings';

type LockReason = Extract<AppEvent, { type: 'locked' }>['reason'];
export type CheckState = 'checking' | 'passed' | 'not-run';

export interface SessionDeps {
  dataDir: string;
  now: () => Date;
  events: EventQueue;
  platform: Platform;
  /** Runs before an automatic lock, so the renderer can save what was typed in the last moment. */
  beforeAutoLock?: () => Promise<void>;
  /** Runs the day's integrity check beside the open journal: a worker in the app, this thread in tests. */
  integrity?: IntegrityRunner;
}

/** How often pending WAL pages are folded into the database, away from the save path (DESIGN §6). */
const CHECKPOINT_EVERY_MS = 15_000;

/**
 * The one open vault, if any, and every way it gets locked: by hand, after idle time, when the window loses
 * focus, on suspend and screen lock. Locking closes the database and drops the key.
 */
export class VaultSession {
  private open: OpenVault | null = null;
  private lock: LockSettings = DEFAULT_LOCK;
  private idleTimer: NodeJS.Timeout | undefined;
  private blurTimer: NodeJS.Timeout | undefined;
  private checkpointTimer: NodeJS.Timeout | undefined;
  /** Until the day's check has passed, nothing is folded into the database: a damaged file must stay as it is. */
  private checkState: CheckState = 'passed';
  private runningCheck: RunningCheck | null = null;
  /**
   * The journal locked last in this run, so the lock screen returns to it (Sam's passphrase never goes into
   * Alex's journal). Memory only: once Haven closes, nothing says who wrote last unless the person chose that.
   */
  private lastLocked: string | null = null;
  private readonly unsubscribe: (() => void)[];

  constructor(private readonly deps: SessionDeps) {
    this.unsubscribe = [
      deps.platform.power.on('suspend', () => this.autoLock('suspend')),
      deps.platform.power.on('lock-screen', () => this.autoLock('lock-screen')),
    ];
  }

  current(): SessionInfo | null {
    if (!this.open) return null;
    return { vault: this.summary(this.open), lock: this.lock };
  }

  /** Which journal the lock screen selects; see 'session:lastUsed'. */
  lastUsed(): string | null {
    return this.open?.id ?? this.lastLocked ?? readLastJournal(this.deps.dataDir);
  }

  async unlock(vaultId: string, passphrase: string): Promise<SessionInfo> {
    return this.start(
      await unlockVault(this.deps.dataDir, vaultId, passphrase, this.deps.now(), { checkBeside: true }),
    );
  }

  async recover(vaultId: string, recoveryKey: string, newPassphrase: string): Promise<SessionInfo> {
    return this.start(await recoverVault(this.deps.dataDir, vaultId, recoveryKey, newPassphrase, this.deps.now()));
  }

  /** The open vault, or a typed error the renderer answers by showing the lock screen. */
  vault(): OpenVault {
    if (!this.open) throw new HavenError('vault-locked', 'Your journal is locked. Unlock it to go on.');
    return this.open;
  }

  lockNow(reason: LockReason): void {
    this.clearTimers();
    const open = this.open;
    this.open = null;
    if (!open) return;
    this.lastLocked = open.id;
    open.close({ checkpoint: this.checkState === 'passed' });
    this.deps.events.emit({ type: 'locked', reason });
  }

  integrity(): { state: CheckState } {
    this.vault();
    return { state: this.checkState };
  }

  /**
   * Damage turned up in the open journal (a page that fails authentication): it closes at once without writing
   * another byte, is marked damaged for the lock screen, and the renderer is told in words. Returns the error
   * the call that found it answers with.
   */
  reportDamage(cause: unknown): HavenError {
    const error = damageFound(cause);
    const open = this.open;
    if (!open) return error;
    this.clearTimers();
    this.open = null;
    this.lastLocked = open.id;
    open.abandon(String(error.details?.cause ?? 'damaged'), this.deps.now());
    this.deps.events.emit({ type: 'vault-damaged', vaultId: open.id, message: error.message });
    return error;
  }

  /** A lock nobody asked for by hand: pending words are saved first (briefly), then the vault closes. */
  private autoLock(reason: LockReason): void {
    const open = this.open;
    if (!open) return;
    if (!this.deps.beforeAutoLock) return this.lockNow(reason);
    void this.deps.beforeAutoLock().then(() => {
      // Only the journal that was open when this began; a lock and unlock in between starts afresh.
      if (this.open === open) this.lockNow(reason);
    });
  }

  activity(focused: boolean): void {
    if (!this.open) return;
    this.armIdle();
    clearTimeout(this.blurTimer);
    this.blurTimer = undefined;
    if (!focused && this.lock.blurSeconds !== null) {
      this.blurTimer = setTimeout(() => this.autoLock('blur'), this.lock.blurSeconds * 1000);
    }
  }

  setLock(settings: LockSettings): LockSettings {
    const open = this.vault();
    writeLockSettings(open.db, settings);
    this.lock = settings;
    this.armIdle();
    return settings;
  }

  dispose(): void {
    this.lockNow('manual');
    for (const off of this.unsubscribe) off();
  }

  private start(open: OpenVault): SessionInfo {
    if (this.open) this.lockNow('manual');
    this.open = open;
    try {
      rememberLastJournal(this.deps.dataDir, open.id);
    } catch {
      // Selecting the journal at the next start is a convenience; a full disk must not keep anyone out.
    }
    this.lock = readLockSettings(open.db);
    this.armIdle();
    this.checkpointTimer = setInterval(() => this.checkpoint(open), CHECKPOINT_EVERY_MS);
    this.checkpointTimer.unref();
    this.checkState = 'passed';
    if (open.pendingCheck) this.beginCheck(open, open.pendingCheck);
    return { vault: this.summary(open), lock: this.lock };
  }

  private checkpoint(open: OpenVault): void {
    if (this.open !== open || this.checkState !== 'passed') return;
    try {
      checkpoint(open.db);
    } catch (error) {
      // Any other failure (a busy file, a full disk) leaves the pages in the WAL for the next tick.
      if (isDamageError(error)) this.reportDamage(error);
    }
  }

  private beginCheck(open: OpenVault, job: NonNullable<OpenVault['pendingCheck']>): void {
    open.pendingCheck = null;
    this.checkState = 'checking';
    const running = (this.deps.integrity ?? runCheckInThread)(job);
    this.runningCheck = running;
    void running.result.then((result) => {
      if (this.open !== open) {
        rmSync(job.snapshotTo, { force: true });
        return;
      }
      this.runningCheck = null;
      if (result.outcome === 'damaged') {
        this.reportDamage({ code: result.cause });
        return;
      }
      if (result.outcome === 'not-run') {
        // Checkpoints stay held and no daily backup is taken; the next unlock runs the check again.
        rmSync(job.snapshotTo, { force: true });
        this.checkState = 'not-run';
        return;
      }
      try {
        if (result.snapshot) adoptScheduledBackup(open.dir, job.snapshotTo, this.deps.now());
      } catch {
        // A missed daily copy must not keep someone out of their journal; the next unlock tries again.
      }
      this.checkState = 'passed';
    });
  }

  private summary(open: OpenVault) {
    const listed = listVaults(this.deps.dataDir, this.deps.now()).find((vault) => vault.id === open.id);
    return listed ?? { id: open.id, name: open.name, waitSeconds: 0 };
  }

  private armIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.open && this.lock.idleSeconds !== null) {
      this.idleTimer = setTimeout(() => this.autoLock('idle'), this.lock.idleSeconds * 1000);
      this.idleTimer.unref();
    }
  }

  private clearTimers(): void {
    this.runningCheck?.cancel();
    this.runningCheck = null;
    clearTimeout(this.idleTimer);
    clearTimeout(this.blurTimer);
    clearInterval(this.checkpointTimer);
    this.idleTimer = this.blurTimer = this.checkpointTimer = undefined;
  }
}
