import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const DEFAULT_BOUNDS: WindowBounds = { width: 1100, height: 760 };
const FILE = 'window-state.json';

/**
 * Where the window was, if that place is still on a screen: a monitor unplugged since last time must not leave
 * Haven opening somewhere nobody can see it.
 */
export function restoreBounds(saved: unknown, screens: Area[]): WindowBounds {
  if (typeof saved !== 'object' || saved === null) return DEFAULT_BOUNDS;
  const { x, y, width, height } = saved as Record<string, unknown>;
  if (typeof width !== 'number' || typeof height !== 'number' || width < 400 || height < 300) return DEFAULT_BOUNDS;
  if (typeof x !== 'number' || typeof y !== 'number') return { width, height };
  const visible = screens.some(
    (area) => x + 80 > area.x && x < area.x + area.width - 80 && y >= area.y && y < area.y + area.height - 40,
  );
  return visible ? { x, y, width, height } : { width, height };
}

export function readWindowState(dataDir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dataDir, FILE), 'utf8'));
  } catch {
    return null;
  }
}

export function writeWindowState(dataDir: string, bounds: Area): void {
  const file = join(dataDir, FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(bounds));
  renameSync(`${file}.tmp`, file);
}
