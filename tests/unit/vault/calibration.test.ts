import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_KDF,
  KDF_BUDGET_SECONDS,
  KDF_STEPS,
  calibrateKdf,
  chooseKdfCost,
  kdfWork,
} from '../../../main/vault/keys';

const floorWork = kdfWork(DEFAULT_KDF);
const expectedSeconds = (floorSeconds: number, cost: { N: number; r: number; p: number }) =>
  (floorSeconds * kdfWork(cost)) / floorWork;

describe('KDF calibration', () => {
  it('aims at about half a second on this computer', () => {
    expect(chooseKdfCost(0.25)).toEqual({ N: 2 ** 18, r: 8, p: 1 });
    expect(chooseKdfCost(0.1)).toEqual({ N: 2 ** 18, r: 8, p: 3 });
    expect(chooseKdfCost(0.05)).toEqual({ N: 2 ** 18, r: 8, p: 4 });
    expect(chooseKdfCost(0.45)).toEqual(DEFAULT_KDF_COST);
  });

  it('never goes below the OWASP floor, however slow the computer', () => {
    expect(chooseKdfCost(0.9)).toEqual(DEFAULT_KDF_COST);
    expect(chooseKdfCost(5)).toEqual(DEFAULT_KDF_COST);
  });

  it('stays inside the 0.3–1 s unlock budget wherever the floor itself does', () => {
    for (let ms = 5; ms <= 1000; ms += 5) {
      const seconds = ms / 1000;
      const chosen = expectedSeconds(seconds, chooseKdfCost(seconds));
      expect(chosen).toBeLessThanOrEqual(Math.max(seconds, KDF_BUDGET_SECONDS.max));
      expect(kdfWork(chooseKdfCost(seconds))).toBeGreaterThanOrEqual(floorWork);
      // From 0.05 s (a computer 6x quicker than this one) the dearest step still reaches the budget's floor.
      if (seconds >= 0.05) expect(chosen).toBeGreaterThanOrEqual(KDF_BUDGET_SECONDS.min);
    }
  });

  it('times one run at the floor with the clock it is given', async () => {
    const clock = [1_000, 1_250];
    const run = vi.fn(async () => {});
    const cost = await calibrateKdf({ now: () => clock.shift()!, run });
    expect(run).toHaveBeenCalledExactlyOnceWith(KDF_STEPS[0]);
    expect(cost).toEqual({ N: 2 ** 18, r: 8, p: 1 });
  });
});

const DEFAULT_KDF_COST = { N: DEFAULT_KDF.N, r: DEFAULT_KDF.r, p: DEFAULT_KDF.p };
