/**
 * Default triggers: moments that often sting more than they seem to warrant because they touch an older
 * fear. Each note frames the sting as something learned, so naming a trigger is not a charge against anyone.
 */

export const FEAR_IDS = ['being-left', 'being-controlled'] as const;
export type FearId = (typeof FEAR_IDS)[number];

export interface Fear {
  id: FearId;
  name: string;
  /** One plain line shown beside triggers that touch this fear. */
  description: string;
}

export const FEARS: Readonly<Record<FearId, Fear>> = {
  'being-left': {
    id: 'being-left',
    name: 'Being left or not mattering',
    description: 'The fear of being left behind, let go of, or of not mattering to someone you love.',
  },
  'being-controlled': {
    id: 'being-controlled',
    name: 'Being controlled or crowded',
    description: 'The fear of being controlled or swallowed up, and losing the room to be yourself.',
  },
};

export interface Trigger {
  /** Stable kebab-case id; names may be reworded later, ids are not. */
  id: string;
  /** The moment as a person would tag it. */
  name: string;
  /** The fear this moment usually touches; a person may find it touches the other, or both. */
  fear: FearId;
  /** One plain line, at most 120 characters, on why it can sting. */
  note: string;
}

export const TRIGGERS: readonly Trigger[] = [
  // Being left or not mattering
  {
    id: 'feeling-dismissed',
    name: 'Feeling dismissed',
    fear: 'being-left',
    note: 'When your words are brushed aside, an old fear that you do not count can wake up fast.',
  },
  {
    id: 'unanswered-message',
    name: 'Unanswered message',
    fear: 'being-left',
    note: 'Silence tends to fill itself with old stories, though a slow reply is often about a busy day.',
  },
  {
    id: 'plans-changed-last-minute',
    name: 'Plans changed at the last minute',
    fear: 'being-left',
    note: 'A sudden change can feel like you come second, even when it grew out of circumstance.',
  },
  {
    id: 'partner-withdrawn',
    name: 'Partner withdrawn or silent',
    fear: 'being-left',
    note: 'Quiet can set off a learned alarm in your body, when it may be about their own load, not you.',
  },
  {
    id: 'feeling-unappreciated',
    name: 'Feeling unappreciated',
    fear: 'being-left',
    note: 'When what you give goes unnoticed, it can echo an older sense that your efforts were invisible.',
  },
  {
    id: 'partner-distracted',
    name: 'Partner busy or distracted',
    fear: 'being-left',
    note: 'Half of someone’s attention can feel like you matter less, when their mind may simply be full.',
  },
  {
    id: 'time-apart',
    name: 'Time apart or travel',
    fear: 'being-left',
    note: 'Distance can stir an old worry about being forgotten, even while the bond holds steady.',
  },
  {
    id: 'attention-elsewhere',
    name: 'Attention given to someone else',
    fear: 'being-left',
    note: 'Seeing warmth go elsewhere can wake a fear of being replaced that was learned long before now.',
  },
  {
    id: 'forgotten-promise',
    name: 'A forgotten date or promise',
    fear: 'being-left',
    note: 'A slip can feel like proof that you do not matter, when it may be a tired or crowded mind.',
  },
  {
    id: 'hurried-goodbye',
    name: 'A hurried goodbye',
    fear: 'being-left',
    note: 'Parting without a moment of warmth can leave you unsettled, as if the connection came loose.',
  },
  {
    id: 'request-for-space',
    name: 'A request for space',
    fear: 'being-left',
    note: 'Hearing a wish for space can sound like goodbye, though space is often a way to come back steadier.',
  },
  {
    id: 'being-compared',
    name: 'Being compared',
    fear: 'being-left',
    note: 'A comparison can stir an old fear of being found lacking and left for someone better.',
  },
  {
    id: 'argument-left-open',
    name: 'An argument left unresolved',
    fear: 'being-left',
    note: 'Going to sleep on tension can feel as if the bond itself is in question, though it can wait a night.',
  },
  {
    id: 'not-asked-how-you-are',
    name: 'Not being asked how you are',
    fear: 'being-left',
    note: 'A missing question can feel like being invisible, when it may be an oversight on a full day.',
  },

  // Being controlled or crowded
  {
    id: 'feeling-controlled',
    name: 'Feeling controlled',
    fear: 'being-controlled',
    note: 'When choices seem made for you, an old need to guard your freedom can rise before you think.',
  },
  {
    id: 'pressure-for-closeness',
    name: 'Pressure for closeness',
    fear: 'being-controlled',
    note: 'Being asked for more closeness than you have in you can feel like losing yourself, even when it is love.',
  },
  {
    id: 'criticism',
    name: 'Criticism',
    fear: 'being-controlled',
    note: 'A critical word can land as a verdict on you, and pulling away is an old way of keeping yourself safe.',
  },
  {
    id: 'told-what-to-do',
    name: 'Being told what to do',
    fear: 'being-controlled',
    note: 'Instructions can sound like losing your say, especially if you learned early to guard your independence.',
  },
  {
    id: 'asked-to-account',
    name: 'Questions about where you were',
    fear: 'being-controlled',
    note: 'Being asked to account for your time can feel like being watched, even when the question comes from worry.',
  },
  {
    id: 'many-messages',
    name: 'Many messages in a row',
    fear: 'being-controlled',
    note: 'A stream of messages can feel like a demand to answer now, and an old urge to step back may follow.',
  },
  {
    id: 'sudden-talk-about-us',
    name: 'A sudden talk about the relationship',
    fear: 'being-controlled',
    note: 'An unplanned serious talk can feel like a test you might fail, so part of you may want to leave the room.',
  },
  {
    id: 'plans-made-without-you',
    name: 'Plans made without asking you',
    fear: 'being-controlled',
    note: 'Finding your time already spoken for can feel like being managed rather than included.',
  },
  {
    id: 'big-feelings-nearby',
    name: 'Big feelings in the room',
    fear: 'being-controlled',
    note: 'Strong emotion nearby can feel like too much to hold, and shutting down may be how you learned to cope.',
  },
  {
    id: 'no-time-alone',
    name: 'Little time alone',
    fear: 'being-controlled',
    note: 'Without time of your own you can feel crowded, and lose touch with what you want.',
  },
  {
    id: 'interrupted-while-focused',
    name: 'Being interrupted while focused',
    fear: 'being-controlled',
    note: 'Being pulled out of something absorbing can feel as if your own space does not count.',
  },
  {
    id: 'unspoken-expectations',
    name: 'Unspoken expectations',
    fear: 'being-controlled',
    note: 'Being held to a plan you had not heard of can feel like a trap you did not choose.',
  },
  {
    id: 'pushed-to-decide',
    name: 'Being pushed to decide quickly',
    fear: 'being-controlled',
    note: 'Pressure to decide now can feel like losing your say, and pulling back is a learned way to buy time.',
  },
  {
    id: 'unasked-for-advice',
    name: 'Advice you did not ask for',
    fear: 'being-controlled',
    note: 'Advice offered too soon can feel like being fixed rather than met, even when it is meant as help.',
  },
];
