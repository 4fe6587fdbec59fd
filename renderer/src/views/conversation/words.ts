import type { CardThreshold } from '../../../../preload/contract';

export const THRESHOLD_LABELS: Readonly<Record<CardThreshold, string>> = {
  soon: 'Needs a response soon',
  'can-wait': 'Can wait',
};
