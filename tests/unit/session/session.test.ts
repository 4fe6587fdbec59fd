import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakePlatform } from '../../../main/platform/fake';
import { EventQueue } from '../../../main/session/events';
import { VaultSession } from '../../../main/session/session';
import { PASSPHRASE, havenError, newVault } from '../vault/helpers';

async function startSession() {
  const { dataDir, id } = await newVault();
  const platform = createFakePlatform();
  const events = new EventQueue();
  const session = new VaultSession({ dataDir, now: () => new Date(), events, platform });
  await session.unlock(id, PASSPHRASE);
  return { session, events, platform, id, dataDir };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('vault session', () => {
  it('locks after the idle time, and activity postpones it', async () => {
    const { session, events } = await startSession();
    vi.useFakeTimers();
    session.setLock({ idleSeconds: 60, blurSeconds: null });
    vi.advanceTimersByTime(50_000);
    session.activity(true);
    vi.advanceTimersByTime(50_000);
    expect(session.current()).not.toBeNull();
    vi.advanceTimersByTime(11_000);
    expect(session.current()).toBeNull();
    expect(await events.next(0)).toEqual({ type: 'locked', reason: 'idle' });
  });

  it('never locks on idle when set to never', async () => {
    const { session } = await startSession();
    vi.useFakeTimers();
    session.setLock({ idleSeconds: null, blurSeconds: null });
    vi.advanceTimersByTime(24 * 3600 * 1000);
    expect(session.current()).not.toBeNull();
    session.lockNow('manual');
  });

  it('locks when the window loses focus, after the chosen delay', async () => {
    const { session, events } = await startSession();
    vi.useFakeTimers();
    session.setLock({ idleSeconds: null, blurSeconds: 60 });
    session.activity(false);
    vi.advanceTimersByTime(59_000);
    expect(session.current()).not.toBeNull();
    vi.advanceTimersByTime(2_000);
    expect(session.current()).toBeNull();
    expect(await events.next(0)).toEqual({ type: 'locked', reason: 'blur' });
  });

  it('locks on suspend and screen lock, closing the database', async () => {
    const { session, platform, events, id } = await startSession();
    const db = session.vault().db;
    platform.control.emitPower('suspend');
    expect(session.current()).toBeNull();
    expect(db.open).toBe(false);
    expect(await events.next(0)).toEqual({ type: 'locked', reason: 'suspend' });
    expect((await havenError(() => session.vault())).code).toBe('vault-locked');

    await session.unlock(id, PASSPHRASE);
    platform.control.emitPower('lock-screen');
    expect(session.current()).toBeNull();
    expect(await events.next(0)).toEqual({ type: 'locked', reason: 'lock-screen' });
  });

  it('keeps the lock choices inside the vault across unlocks', async () => {
    const { session, id } = await startSession();
    session.setLock({ idleSeconds: 300, blurSeconds: 0 });
    session.lockNow('manual');
    const again = await session.unlock(id, PASSPHRASE);
    expect(again.lock).toEqual({ idleSeconds: 300, blurSeconds: 0 });
    session.lockNow('manual');
  });
});

describe('event queue', () => {
  it('hands a queued event to the next poll, and a waiting poll gets the next event', async () => {
    const events = new EventQueue();
    events.emit({ type: 'locked', reason: 'manual' });
    expect(await events.next(1000)).toEqual({ type: 'locked', reason: 'manual' });
    const waiting = events.next(1000);
    events.emit({ type: 'locked', reason: 'idle' });
    expect(await waiting).toEqual({ type: 'locked', reason: 'idle' });
    expect(await events.next(10)).toEqual({ type: 'none' });
  });
});

describe('automatic locks', () => {
  it('let the renderer save what was just typed before the journal closes', async () => {
    const { dataDir, id } = await newVault();
    const platform = createFakePlatform();
    const order: string[] = [];
    let finishSaving: () => void = () => {};
    const session = new VaultSession({
      dataDir,
      now: () => new Date(),
      events: new EventQueue(),
      platform,
      beforeAutoLock: () =>
        new Promise<void>((resolve) => {
          order.push('save requested');
          finishSaving = () => {
            order.push('saved');
            resolve();
          };
        }),
    });
    await session.unlock(id, PASSPHRASE);
    platform.control.emitPower('suspend');
    expect(session.current()).not.toBeNull();
    finishSaving();
    await vi.waitFor(() => expect(session.current()).toBeNull());
    expect(order).toEqual(['save requested', 'saved']);
  });
});
