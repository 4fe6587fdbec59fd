import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PRIVATE_FILE_MODE, fsyncDir, fsyncFile } from './files';

/**
 * Reading a write-ahead log the way SQLite's recovery does (https://www.sqlite.org/fileformat2.html#walformat),
 * to learn before any connection opens whether recovery would quietly drop committed transactions.
 *
 * When the first connection opens after a crash, SQLite replays WAL frames while their running checksum holds and
 * stops at the first frame that fails; everything after it is treated as never written, and the next checkpoint
 * truncates the file. A flipped bit in one frame therefore discards every save after it without a word. SQLite3
 * MultipleCiphers encrypts only the page images: the 32-byte header and the 24-byte frame headers stay plain, and
 * the checksums cover the bytes as they lie on disk, so the whole chain can be checked here without the key.
 *
 * Two counts come out of it: the frame where SQLite's replay ends (the last commit frame whose checksum chain
 * holds) and the last commit frame that belongs to this WAL at all (same salts as the header). Frames of an older
 * generation carry older salts, and an unfinished transaction has no commit frame, so neither counts as lost.
 */

const MAGIC_LE = 0x377f0682;
const MAGIC_BE = 0x377f0683;
const WAL_VERSION = 3007000;
const HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

export interface WalReport {
  /** Complete frames in the file. */
  frames: number;
  /** Frames SQLite's recovery replays: up to the last commit frame before the checksum chain breaks. */
  replayed: number;
  /** The last commit frame written with this WAL's salts, whether or not its checksums hold. */
  committed: number;
  /** Committed transactions recovery would drop: the journal must not open, and the WAL must be kept. */
  damaged: boolean;
}

function checksum(bytes: Buffer, start: number, end: number, bigEndian: boolean, s: [number, number]): void {
  let [s0, s1] = s;
  for (let at = start; at < end; at += 8) {
    const a = bigEndian ? bytes.readUInt32BE(at) : bytes.readUInt32LE(at);
    const b = bigEndian ? bytes.readUInt32BE(at + 4) : bytes.readUInt32LE(at + 4);
    s0 = (s0 + a + s1) >>> 0;
    s1 = (s1 + b + s0) >>> 0;
  }
  s[0] = s0;
  s[1] = s1;
}

const validPageSize = (size: number) => size >= 512 && size <= 65536 && (size & (size - 1)) === 0;

/** Pure: what SQLite's recovery would make of these WAL bytes. */
export function inspectWalBytes(wal: Buffer): WalReport {
  if (wal.length < HEADER_BYTES) return { frames: 0, replayed: 0, committed: 0, damaged: false };
  const magic = wal.readUInt32BE(0);
  const pageSize = wal.readUInt32BE(8);
  const frameBytes = FRAME_HEADER_BYTES + pageSize;
  const headerSum: [number, number] = [0, 0];
  const bigEndian = magic === MAGIC_BE;
  checksum(wal, 0, 24, bigEndian, headerSum);
  const headerHolds =
    (magic === MAGIC_LE || magic === MAGIC_BE) &&
    wal.readUInt32BE(4) === WAL_VERSION &&
    validPageSize(pageSize) &&
    headerSum[0] === wal.readUInt32BE(24) &&
    headerSum[1] === wal.readUInt32BE(28);
  if (!headerHolds) {
    // SQLite ignores a WAL whose header fails. With synchronous=FULL the header is flushed before any frame is
    // written, so frames behind a broken header mean the header itself was damaged later.
    const frames = validPageSize(pageSize) ? Math.floor((wal.length - HEADER_BYTES) / frameBytes) : 0;
    return { frames, replayed: 0, committed: frames, damaged: wal.length >= HEADER_BYTES + FRAME_HEADER_BYTES };
  }

  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  const frames = Math.floor((wal.length - HEADER_BYTES) / frameBytes);
  const running: [number, number] = [headerSum[0], headerSum[1]];
  let chainHolds = true;
  let replayed = 0;
  let committed = 0;
  for (let i = 0; i < frames; i++) {
    const at = HEADER_BYTES + i * frameBytes;
    const page = wal.readUInt32BE(at);
    const commitSize = wal.readUInt32BE(at + 4);
    const ours = wal.readUInt32BE(at + 8) === salt1 && wal.readUInt32BE(at + 12) === salt2;
    // Frames of an older generation follow the current one once it ends; none of them is this WAL's.
    if (!ours || page === 0) break;
    if (chainHolds) {
      checksum(wal, at, at + 8, bigEndian, running);
      checksum(wal, at + FRAME_HEADER_BYTES, at + frameBytes, bigEndian, running);
      chainHolds = running[0] === wal.readUInt32BE(at + 16) && running[1] === wal.readUInt32BE(at + 20);
      if (chainHolds && commitSize !== 0) replayed = i + 1;
    }
    if (commitSize !== 0) committed = i + 1;
  }
  return { frames, replayed, committed, damaged: committed > replayed };
}

export function inspectWal(walFile: string): WalReport {
  if (!existsSync(walFile)) return { frames: 0, replayed: 0, committed: 0, damaged: false };
  return inspectWalBytes(readFileSync(walFile));
}

/**
 * Copies a damaged WAL aside, byte for byte, before anything could checkpoint or truncate it: the saves it holds
 * may still be rescued from it. The name carries the content's hash, so trying to unlock again keeps one copy.
 * Returns the copy's file name.
 */
export function keepDamagedWal(walFile: string): string {
  const bytes = readFileSync(walFile);
  const name = `damaged-wal-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.wal`;
  const copy = join(dirname(walFile), name);
  if (!existsSync(copy)) {
    const temp = `${copy}.tmp`;
    copyFileSync(walFile, temp);
    chmodSync(temp, PRIVATE_FILE_MODE);
    fsyncFile(temp);
    renameSync(temp, copy);
    fsyncDir(dirname(walFile));
  }
  return name;
}
