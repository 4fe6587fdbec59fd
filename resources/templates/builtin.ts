import type { Template } from './schema';

/**
 * Built-in templates, written for Haven. Ids are stable (entries point at them); changing a template's
 * sections bumps its version. People can duplicate a built-in and change the copy, never the original.
 *
 * Labels read like the headings of a journal page, in the writer's own voice; hints speak to the writer
 * gently and never tell them what they ought to feel.
 */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  {
    id: 'blank',
    name: 'Blank',
    description: 'An empty page. Start anywhere.',
    version: 1,
    builtin: true,
    sections: [],
  },
  {
    id: 'nightly',
    name: 'Nightly check-in',
    description: 'A few gentle questions to close the day. Answer the ones that fit tonight.',
    version: 2,
    builtin: true,
    sections: [
      { kind: 'text', id: 'arriving', label: 'How I’m arriving tonight', hint: 'A few words are enough.' },
      { kind: 'text', id: 'stayed', label: 'What stayed with me today', hint: 'A moment, a word, a look.' },
      {
        kind: 'emotions',
        id: 'emotions',
        label: 'Emotions',
        hint: 'Pick the words that fit, and how strong each was.',
      },
      {
        kind: 'text',
        id: 'body',
        label: 'Where I noticed it in my body',
        hint: 'Your shoulders, jaw, chest or stomach; wherever the day sat.',
      },
      {
        kind: 'text',
        id: 'needed',
        label: 'What I needed, underneath',
        hint: 'Rest, comfort, a hand with something, to be heard.',
      },
      {
        kind: 'text',
        id: 'appreciated',
        label: 'One small thing I appreciated',
        hint: 'In your partner, in yourself, or in the day.',
      },
    ],
  },
  {
    id: 'trigger-log',
    name: 'Trigger log',
    description:
      'Right after a moment that stung, or later that night: what happened, what it touched, what you needed.',
    version: 1,
    builtin: true,
    sections: [
      {
        kind: 'text',
        id: 'what-happened',
        label: 'What happened',
        hint: 'Just the facts, as a camera would have caught them: who said or did what, where and when.',
      },
      {
        kind: 'tags',
        id: 'triggers',
        label: 'Triggers',
        hint: 'Which moments stung? Pick any that fit, or add your own words.',
        tagKind: 'trigger',
      },
      { kind: 'emotions', id: 'emotions', label: 'Emotions', hint: 'Name what you felt, and how strong each was.' },
      {
        kind: 'intensity',
        id: 'intensity',
        label: 'Intensity',
        hint: 'How big it felt overall, from 0 (barely there) to 10 (as big as it gets).',
      },
      {
        kind: 'text',
        id: 'body',
        label: 'What I felt in my body',
        hint: 'A tight chest, a hot face, a knot in your stomach, heavy arms; wherever it showed up.',
      },
      {
        kind: 'text',
        id: 'story',
        label: 'The story I told myself',
        hint: 'What it seemed to mean in the moment, written as it sounded in your head. A story is not a fact.',
      },
      {
        kind: 'response',
        id: 'response',
        label: 'Response',
        hint: 'Pick what you did in the end. If the urge pulled another way, note it just below.',
      },
      {
        kind: 'text',
        id: 'urge-and-action',
        label: 'My urge and what I did',
        hint: 'What part of you wanted to do, and what you did in the end. Both make sense.',
      },
      {
        kind: 'tags',
        id: 'needs',
        label: 'Needs',
        hint: 'What were you needing underneath? Pick any that fit.',
        tagKind: 'need',
      },
      {
        kind: 'text',
        id: 'needed',
        label: 'What I needed underneath',
        hint: 'In your own words, as something that would have helped.',
      },
      {
        kind: 'choice',
        id: 'whose',
        label: 'Is this mine, ours, or both?',
        hint: 'Mine: a reaction to look after myself. Ours: something to work out together. Often it is both.',
        options: ['Mine', 'Ours', 'Both'],
      },
      {
        kind: 'choice',
        id: 'timing',
        label: 'When it needs attention',
        hint: 'Some things are easier talked about soon; others can keep until your weekly check-in.',
        options: ['Needs a response soon', 'Can wait'],
      },
      {
        kind: 'text',
        id: 'repair-step',
        label: 'One repair step',
        hint: 'One small, concrete thing you could do next. Small counts.',
      },
    ],
  },
  {
    id: 'repair',
    name: 'Repair reflection',
    description: 'After a hard moment: your part, one step forward, and thanks for staying in the conversation.',
    version: 2,
    builtin: true,
    sections: [
      {
        kind: 'prompt',
        id: 'settled',
        text: 'Are you settled enough to look back on it? If not, it can wait. What would help you get there?',
      },
      {
        kind: 'text',
        id: 'the-moment',
        label: 'The moment, in a sentence or two',
        hint: 'Just enough to remember it by. There is no need to go through it all again.',
      },
      {
        kind: 'prompt',
        id: 'reflect',
        set: 'after-hard-moment',
        text: 'What did you need in that moment that you didn’t have?',
      },
      {
        kind: 'text',
        id: 'my-part',
        label: 'My part',
        hint: 'What you said or did that added to it, named plainly and kindly. Owning a part is not carrying all of it.',
      },
      {
        kind: 'text',
        id: 'differently',
        label: 'What I will do differently next time',
        hint: 'One thing, said as something you will do rather than something you will stop.',
      },
      {
        kind: 'text',
        id: 'thank-you',
        label: 'A thank-you',
        hint: 'For staying in the conversation, for coming back, for trying. Words you could say out loud.',
      },
      {
        kind: 'text',
        id: 'one-step',
        label: 'One concrete step',
        hint: 'Small, specific and soon: what you will do, and when.',
      },
      {
        kind: 'text',
        id: 'pause-and-resume',
        label: 'Our pause-and-resume agreement',
        hint: 'How either of you can call a pause when feelings peak, how long it lasts, and how you come back. An idea to offer, not a rule.',
      },
    ],
  },
  {
    id: 'gratitude',
    name: 'Gratitude and small moments',
    description: 'Notice what went well, however small: a look, a laugh, a cup of tea made for you.',
    version: 1,
    builtin: true,
    sections: [
      {
        kind: 'text',
        id: 'small-moment',
        label: 'A small moment I want to keep',
        hint: 'A look, a joke, a hand on your shoulder, a meal together. The smaller the better.',
      },
      {
        kind: 'text',
        id: 'in-my-partner',
        label: 'Something I appreciated in my partner',
        hint: 'Something they did, or a way they are. Specific beats grand.',
      },
      {
        kind: 'text',
        id: 'in-myself',
        label: 'Something I appreciated in myself',
        hint: 'What you did well today, even if no one saw it.',
      },
      {
        kind: 'text',
        id: 'close-or-at-ease',
        label: 'When I felt close or at ease',
        hint: 'A minute or an hour; with your partner, with someone else, or on your own.',
      },
      {
        kind: 'emotions',
        id: 'emotions',
        label: 'Emotions',
        hint: 'How it feels to notice these, if you want to name it.',
      },
      {
        kind: 'text',
        id: 'saying-thanks',
        label: 'How I might say thanks',
        hint: 'A few words you could share, if you want to. Keeping them here is fine too.',
      },
    ],
  },
  {
    id: 'weekly-prep',
    name: 'Weekly check-in prep',
    description:
      'Get ready for your weekly check-in: what needs a response soon, what can wait, one thanks, one request.',
    version: 2,
    builtin: true,
    sections: [
      {
        kind: 'prompt',
        id: 'looking-back',
        set: 'before-conversation',
        text: 'Look back over your week. What stands out when you think about the two of you?',
      },
      {
        kind: 'text',
        id: 'my-week',
        label: 'How my week felt',
        hint: 'A few words about your week, on your own and together.',
      },
      {
        kind: 'text',
        id: 'soon',
        label: 'What needs a response soon',
        hint: 'Anything weighing on you that would be lighter after a talk this week.',
      },
      {
        kind: 'text',
        id: 'can-wait',
        label: 'What can wait',
        hint: 'Things worth noting that can keep for another time. Writing them down lets them rest.',
      },
      {
        kind: 'tags',
        id: 'needs',
        label: 'What I’m needing',
        hint: 'What would help you most right now? Pick any that fit.',
        tagKind: 'need',
      },
      {
        kind: 'text',
        id: 'appreciation',
        label: 'One appreciation',
        hint: 'Something specific your partner did this week that you valued. You might start with “I appreciated…”.',
      },
      {
        kind: 'text',
        id: 'request',
        label: 'One request',
        hint: 'As an I-statement: “I feel … when … I would like …”. Small enough to say yes to this week.',
      },
      {
        kind: 'text',
        id: 'roles',
        label: 'Who does what when things get stressful',
        hint: 'Anything about who finds out the facts, who handles the practical side, who looks after feelings.',
      },
      {
        kind: 'choice',
        id: 'turn-length',
        label: 'How long I’d like for my turn',
        hint: 'Short turns keep it kind: one speaks and one listens, with no fixing until you both feel heard.',
        options: ['10 minutes', '15 minutes', 'More, on another day'],
      },
    ],
  },
  {
    id: 'old-wounds',
    name: 'When have I felt this before',
    description:
      'Gently trace a strong reaction back to where you learned it: an old response, not a verdict on anyone.',
    version: 1,
    builtin: true,
    sections: [
      {
        kind: 'text',
        id: 'recent-moment',
        label: 'The recent moment',
        hint: 'What happened, briefly. Go gently; you can stop at any point.',
      },
      {
        kind: 'tags',
        id: 'triggers',
        label: 'Triggers',
        hint: 'Which moments does it touch? Pick any that fit.',
        tagKind: 'trigger',
      },
      { kind: 'emotions', id: 'emotions', label: 'Emotions', hint: 'Name what came up, and how strong each was.' },
      {
        kind: 'text',
        id: 'familiar',
        label: 'Where this feels familiar',
        hint: 'Does it remind you of an earlier time, in this relationship or long before it? Only go as far as feels okay.',
      },
      {
        kind: 'text',
        id: 'learned',
        label: 'What I learned to expect back then',
        hint: 'What you came to expect, fear or do, and how it made sense at the time.',
      },
      {
        kind: 'text',
        id: 'then-and-now',
        label: 'How now is different from then',
        hint: 'What is true today that was not true then: what you can do, what you can say, who you can ask.',
      },
      {
        kind: 'text',
        id: 'kind-words',
        label: 'What I would say to myself, kindly',
        hint: 'The words a good friend would offer you about this.',
      },
      {
        kind: 'choice',
        id: 'sharing',
        label: 'Would I like to share any of this?',
        hint: 'This is yours. Sharing is a choice, not a duty.',
        options: ['Not now', 'Maybe some of it', 'Yes, at our check-in'],
      },
      {
        kind: 'text',
        id: 'support',
        label: 'What would help me now',
        hint: 'Rest, a walk, a kind word, a talk with someone you trust, or a counsellor if this feels heavy to carry alone.',
      },
    ],
  },
];

export const findBuiltinTemplate = (id: string): Template | undefined =>
  BUILTIN_TEMPLATES.find((template) => template.id === id);
