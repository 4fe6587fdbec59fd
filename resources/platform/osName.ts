/**
 * The operating system in the words a person knows it by. Node and Electron report `process.platform`
 * ('linux', 'darwin', 'win32'…), which reads as jargon in About; every place that names the system asks here.
 */
const NAMES: Record<string, string> = {
  linux: 'Linux',
  darwin: 'macOS',
  win32: 'Windows',
  freebsd: 'FreeBSD',
  openbsd: 'OpenBSD',
  netbsd: 'NetBSD',
  sunos: 'Solaris',
  aix: 'AIX',
  android: 'Android',
};

export function osName(platform: string): string {
  const known = NAMES[platform.toLowerCase()];
  if (known) return known;
  // A system Haven has no name for: shown as reported, with a capital, rather than hidden.
  return platform ? platform.charAt(0).toUpperCase() + platform.slice(1) : 'Unknown system';
}
