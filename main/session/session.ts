import type { AppEvent, LockSettings, Session as SessionInfo } from '../../preload/contract';
import { HavenError } from '../errors';
import type { Platform } from '../platform/types';
import { checkpoint } from '../vault/database';
import { listVaults, recoverVault, unlockVault, type OpenVault } from '../vault/store';
import type { EventQueue } from './events';
import { DEFAULT_LOCK, readLockSettings, writeLockSettings } from './settings';

type LockReason = Extract<AppEvent, { type: 'locked' }>['reason'];

export interface SessionDeps {
  dataDir: string;
  now: () => Date;
  events: EventQueue;
  platform: Platform;
  /** Runs before an automatic lock, so the renderer can save what was typed in the last moment. */
  beforeAutoLock?: () => Promise<void>;
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

  async unlock(vaultId: string, passphrase: string): Promise<SessionInfo> {
    return this.start(await unlockVault(this.deps.dataDir, vaultId, passphrase, this.deps.now()));
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
    open.close();
    this.deps.events.emit({ type: 'locked', reason });
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
    this.lock = readLockSettings(open.db);
    this.armIdle();
    this.checkpointTimer = setInterval(() => checkpoint(open.db), CHECKPOINT_EVERY_MS);
    this.checkpointTimer.unref();
    return { vault: this.summary(open), lock: this.lock };
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
    clearTimeout(this.idleTimer);
    clearTimeout(this.blurTimer);
    clearInterval(this.checkpointTimer);
    this.idleTimer = this.blurTimer = this.checkpointTimer = undefined;
  }
}
