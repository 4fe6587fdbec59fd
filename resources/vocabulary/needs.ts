/**
 * Built-in needs: what a feeling is often asking for underneath. Naming the need turns a complaint into
 * something a partner can meet, so each meaning describes what would help rather than what is missing.
 */

export interface Need {
  /** Stable kebab-case id; names may be reworded later, ids are not. */
  id: string;
  /** The need as a person would tag it. */
  name: string;
  /** One plain line, at most 120 characters. */
  meaning: string;
}

export const NEEDS: readonly Need[] = [
  {
    id: 'reassurance',
    name: 'Reassurance',
    meaning: 'Hearing or seeing that you still matter and that the bond is steady.',
  },
  { id: 'closeness', name: 'Closeness', meaning: 'Time near each other, in body or in heart.' },
  { id: 'space', name: 'Space', meaning: 'Room of your own to think, settle and come back as yourself.' },
  { id: 'to-be-heard', name: 'To be heard', meaning: 'Someone listening all the way through before offering answers.' },
  {
    id: 'to-be-understood',
    name: 'To be understood',
    meaning: 'Someone grasping what you meant and felt, and saying it back.',
  },
  { id: 'appreciation', name: 'Appreciation', meaning: 'Having what you give noticed and named.' },
  {
    id: 'help-with-tasks',
    name: 'Help with tasks',
    meaning: 'A hand with the practical load, so you are not carrying it alone.',
  },
  {
    id: 'fair-share',
    name: 'A fair share of the load',
    meaning: 'Chores, plans and worries divided in a way you both agreed to.',
  },
  {
    id: 'predictability',
    name: 'Predictability',
    meaning: 'Knowing what to expect, and some notice when plans change.',
  },
  { id: 'autonomy', name: 'Autonomy', meaning: 'Making your own choices about your time, your body and your life.' },
  { id: 'repair', name: 'Repair', meaning: 'Coming back together after a hard moment, with one small step forward.' },
  { id: 'rest', name: 'Rest', meaning: 'Time to recover, with nothing asked of you for a while.' },
  { id: 'honesty', name: 'Honesty', meaning: 'The truth, told kindly, so you know where you stand.' },
  { id: 'play', name: 'Play', meaning: 'Lightness, laughter and fun together, with nothing to fix.' },
  { id: 'comfort', name: 'Comfort', meaning: 'Gentleness and care while something hurts.' },
  { id: 'affection', name: 'Affection', meaning: 'Warmth shown in touch, words or small gestures.' },
  {
    id: 'time-together',
    name: 'Time together',
    meaning: 'Unhurried time with each other that is protected from other demands.',
  },
  { id: 'respect', name: 'Respect', meaning: 'Being treated as someone whose views and limits count.' },
  { id: 'encouragement', name: 'Encouragement', meaning: 'Someone believing in you and cheering you on.' },
  {
    id: 'a-pause',
    name: 'A pause',
    meaning: 'Stopping for a while when feelings run high, and agreeing when to come back.',
  },
];
