/**
 * Built-in emotion words, grouped in families so the tag picker can offer a near word when the first one
 * is not quite right. Meanings are written to help someone find the precise word, not to judge the feeling.
 */

export interface EmotionFamily {
  id: string;
  name: string;
  /** One plain line shown above the family's words. */
  description: string;
}

const FAMILIES = [
  { id: 'hurt', name: 'Hurt', description: 'Something landed painfully, often from someone who matters to you.' },
  {
    id: 'anxious-or-afraid',
    name: 'Anxious or afraid',
    description: 'Your mind and body are bracing for something that might go wrong.',
  },
  { id: 'angry', name: 'Angry', description: 'Energy rises when something feels unfair or crosses a line for you.' },
  { id: 'sad', name: 'Sad', description: 'A heaviness that comes with loss, disappointment or missing something.' },
  { id: 'ashamed', name: 'Ashamed', description: 'A painful sense of falling short, or of wanting to hide.' },
  { id: 'lonely', name: 'Lonely', description: 'Wanting connection and not finding it, even with someone near.' },
  { id: 'overwhelmed', name: 'Overwhelmed', description: 'More is coming at you than you can hold right now.' },
  {
    id: 'numb-or-shut-down',
    name: 'Numb or shut down',
    description: 'Feelings have gone quiet or far away, often as a way of protecting you.',
  },
  { id: 'calm-or-safe', name: 'Calm or safe', description: 'Settled in your body, with room to breathe.' },
  { id: 'connected', name: 'Connected', description: 'Close to someone, with a sense that you are in this together.' },
  { id: 'grateful', name: 'Grateful', description: 'Warmed by something good you were given or noticed.' },
  { id: 'hopeful', name: 'Hopeful', description: 'Looking ahead and sensing that things can grow or get better.' },
  { id: 'tender', name: 'Tender', description: 'Soft and open, with care close to the surface.' },
  { id: 'relieved', name: 'Relieved', description: 'A weight lifting as a worry or a strain eases.' },
] as const satisfies readonly EmotionFamily[];

export type EmotionFamilyId = (typeof FAMILIES)[number]['id'];

export const EMOTION_FAMILIES: readonly EmotionFamily[] = FAMILIES;

export interface Emotion {
  /** Stable kebab-case id; names may be reworded later, ids are not. */
  id: string;
  /** The word as a person would tag it. */
  name: string;
  family: EmotionFamilyId;
  /** One plain line, at most 120 characters. */
  meaning: string;
}

export const EMOTIONS: readonly Emotion[] = [
  // Hurt
  {
    id: 'hurt',
    name: 'Hurt',
    family: 'hurt',
    meaning: 'Pained by something said or done, especially by someone close.',
  },
  {
    id: 'dismissed',
    name: 'Dismissed',
    family: 'hurt',
    meaning: 'Brushed aside, as if what you said or felt did not count.',
  },
  { id: 'unseen', name: 'Unseen', family: 'hurt', meaning: 'Looked past, as if what matters to you went unnoticed.' },
  { id: 'rejected', name: 'Rejected', family: 'hurt', meaning: 'Turned away when you reached out, and stung by it.' },
  {
    id: 'betrayed',
    name: 'Betrayed',
    family: 'hurt',
    meaning: 'Shaken because trust you placed in someone feels broken.',
  },
  {
    id: 'let-down',
    name: 'Let down',
    family: 'hurt',
    meaning: 'Hurt because something you counted on did not happen.',
  },
  {
    id: 'misunderstood',
    name: 'Misunderstood',
    family: 'hurt',
    meaning: 'Taken in a way that does not match what you meant or felt.',
  },
  { id: 'judged', name: 'Judged', family: 'hurt', meaning: 'Weighed up and found lacking in someone’s eyes.' },
  {
    id: 'taken-for-granted',
    name: 'Taken for granted',
    family: 'hurt',
    meaning: 'Sensing that what you give is expected rather than noticed.',
  },
  {
    id: 'unimportant',
    name: 'Unimportant',
    family: 'hurt',
    meaning: 'Sensing that you come low on someone’s list just now.',
  },
  { id: 'slighted', name: 'Slighted', family: 'hurt', meaning: 'Stung by a small moment that felt like disregard.' },
  { id: 'raw', name: 'Raw', family: 'hurt', meaning: 'Sore and easily touched, as if a hurt is still open.' },

  // Anxious or afraid
  {
    id: 'anxious',
    name: 'Anxious',
    family: 'anxious-or-afraid',
    meaning: 'Worried about what might happen, with your body on alert.',
  },
  {
    id: 'afraid',
    name: 'Afraid',
    family: 'anxious-or-afraid',
    meaning: 'Sensing danger or loss, and wanting to protect yourself.',
  },
  {
    id: 'insecure',
    name: 'Insecure',
    family: 'anxious-or-afraid',
    meaning: 'Unsure of your place with someone, and looking for signs that you matter.',
  },
  {
    id: 'jealous',
    name: 'Jealous',
    family: 'anxious-or-afraid',
    meaning: 'Afraid that someone or something is drawing closeness away from you.',
  },
  {
    id: 'nervous',
    name: 'Nervous',
    family: 'anxious-or-afraid',
    meaning: 'Jittery and unsure about something coming up.',
  },
  {
    id: 'worried',
    name: 'Worried',
    family: 'anxious-or-afraid',
    meaning: 'Turning something over and over, afraid of how it might go.',
  },
  {
    id: 'panicky',
    name: 'Panicky',
    family: 'anxious-or-afraid',
    meaning: 'Flooded by fear, with thoughts racing faster than you can follow.',
  },
  {
    id: 'uneasy',
    name: 'Uneasy',
    family: 'anxious-or-afraid',
    meaning: 'A quiet sense that something is not quite right.',
  },
  {
    id: 'unsettled',
    name: 'Unsettled',
    family: 'anxious-or-afraid',
    meaning: 'Thrown off balance, without quite knowing why.',
  },
  {
    id: 'restless',
    name: 'Restless',
    family: 'anxious-or-afraid',
    meaning: 'Unable to settle, with an urge to move, check or do something.',
  },
  {
    id: 'wary',
    name: 'Wary',
    family: 'anxious-or-afraid',
    meaning: 'Holding back a little, watching for signs that it is safe.',
  },
  {
    id: 'dreading',
    name: 'Dreading',
    family: 'anxious-or-afraid',
    meaning: 'Anxious about something ahead that you would rather not face.',
  },
  {
    id: 'trapped',
    name: 'Trapped',
    family: 'anxious-or-afraid',
    meaning: 'Stuck with no clear way out, and wanting room to move.',
  },

  // Angry
  {
    id: 'angry',
    name: 'Angry',
    family: 'angry',
    meaning: 'Hot energy that rises when something feels unfair or crosses a line.',
  },
  {
    id: 'frustrated',
    name: 'Frustrated',
    family: 'angry',
    meaning: 'Blocked from something you want, perhaps again and again.',
  },
  { id: 'irritated', name: 'Irritated', family: 'angry', meaning: 'Small things grating on you more than usual.' },
  { id: 'annoyed', name: 'Annoyed', family: 'angry', meaning: 'Bothered by something that got under your skin.' },
  {
    id: 'resentful',
    name: 'Resentful',
    family: 'angry',
    meaning: 'Carrying a hurt or an unfairness that has not yet been spoken or settled.',
  },
  {
    id: 'defensive',
    name: 'Defensive',
    family: 'angry',
    meaning: 'Bracing against blame, ready to explain or push back.',
  },
  { id: 'furious', name: 'Furious', family: 'angry', meaning: 'Anger at full strength, hard to think past.' },
  { id: 'bitter', name: 'Bitter', family: 'angry', meaning: 'Anger that has settled in and soured over time.' },
  { id: 'offended', name: 'Offended', family: 'angry', meaning: 'Stung by something that felt disrespectful.' },
  { id: 'impatient', name: 'Impatient', family: 'angry', meaning: 'Wanting things to move faster than they are.' },
  {
    id: 'controlled',
    name: 'Controlled',
    family: 'angry',
    meaning: 'Sensing that choices that are yours to make are being made for you.',
  },

  // Sad
  { id: 'sad', name: 'Sad', family: 'sad', meaning: 'A heavy, low feeling that often follows loss or disappointment.' },
  {
    id: 'disappointed',
    name: 'Disappointed',
    family: 'sad',
    meaning: 'Sad that something did not turn out the way you hoped.',
  },
  {
    id: 'hopeless',
    name: 'Hopeless',
    family: 'sad',
    meaning: 'Finding it hard to believe, right now, that things can get better.',
  },
  {
    id: 'grieving',
    name: 'Grieving',
    family: 'sad',
    meaning: 'Missing someone or something that has changed or gone.',
  },
  {
    id: 'heartbroken',
    name: 'Heartbroken',
    family: 'sad',
    meaning: 'A deep ache after a loss or a painful break in closeness.',
  },
  {
    id: 'discouraged',
    name: 'Discouraged',
    family: 'sad',
    meaning: 'Losing heart after trying and not getting where you hoped.',
  },
  { id: 'low', name: 'Low', family: 'sad', meaning: 'Down and flat, with less energy or light than usual.' },
  { id: 'tearful', name: 'Tearful', family: 'sad', meaning: 'Close to tears, with feelings near the surface.' },
  {
    id: 'regretful',
    name: 'Regretful',
    family: 'sad',
    meaning: 'Wishing you had done or said something differently.',
  },

  // Ashamed
  {
    id: 'ashamed',
    name: 'Ashamed',
    family: 'ashamed',
    meaning: 'A painful wish to hide, as if something about you is not good enough.',
  },
  {
    id: 'embarrassed',
    name: 'Embarrassed',
    family: 'ashamed',
    meaning: 'Self-conscious after a moment that felt awkward or exposed.',
  },
  {
    id: 'guilty',
    name: 'Guilty',
    family: 'ashamed',
    meaning: 'Uneasy about something you did or did not do, and wanting to put it right.',
  },
  {
    id: 'humiliated',
    name: 'Humiliated',
    family: 'ashamed',
    meaning: 'Made to feel small, in front of others or in your own eyes.',
  },
  {
    id: 'inadequate',
    name: 'Inadequate',
    family: 'ashamed',
    meaning: 'Sensing that you are not enough for what is being asked of you.',
  },
  {
    id: 'self-conscious',
    name: 'Self-conscious',
    family: 'ashamed',
    meaning: 'Very aware of how you come across, and worried about it.',
  },
  {
    id: 'foolish',
    name: 'Foolish',
    family: 'ashamed',
    meaning: 'Feeling silly about something you said, did or believed.',
  },
  {
    id: 'unworthy',
    name: 'Unworthy',
    family: 'ashamed',
    meaning: 'Doubting that you deserve care, kindness or good things.',
  },
  { id: 'exposed', name: 'Exposed', family: 'ashamed', meaning: 'Seen in a way you were not ready to be seen.' },

  // Lonely
  {
    id: 'lonely',
    name: 'Lonely',
    family: 'lonely',
    meaning: 'Wanting connection and going without it, even when someone is near.',
  },
  {
    id: 'abandoned',
    name: 'Abandoned',
    family: 'lonely',
    meaning: 'Left on your own at a time you needed someone to stay.',
  },
  { id: 'left-out', name: 'Left out', family: 'lonely', meaning: 'Outside of something you wanted to be part of.' },
  { id: 'isolated', name: 'Isolated', family: 'lonely', meaning: 'Cut off, with no one quite within reach.' },
  {
    id: 'disconnected',
    name: 'Disconnected',
    family: 'lonely',
    meaning: 'Out of touch with someone, as if a thread between you has gone slack.',
  },
  { id: 'longing', name: 'Longing', family: 'lonely', meaning: 'Missing someone or something and wanting it near.' },
  {
    id: 'unwanted',
    name: 'Unwanted',
    family: 'lonely',
    meaning: 'Sensing that your company or affection is not welcome just now.',
  },
  { id: 'forgotten', name: 'Forgotten', family: 'lonely', meaning: 'As if you slipped from someone’s mind.' },
  {
    id: 'alone',
    name: 'Alone',
    family: 'lonely',
    meaning: 'On your own with something, wishing someone were in it with you.',
  },

  // Overwhelmed
  {
    id: 'overwhelmed',
    name: 'Overwhelmed',
    family: 'overwhelmed',
    meaning: 'More coming at you than you can hold right now.',
  },
  {
    id: 'stressed',
    name: 'Stressed',
    family: 'overwhelmed',
    meaning: 'Under pressure, with too many demands pulling at you.',
  },
  { id: 'drained', name: 'Drained', family: 'overwhelmed', meaning: 'Emptied out, with little energy left to give.' },
  {
    id: 'exhausted',
    name: 'Exhausted',
    family: 'overwhelmed',
    meaning: 'Tired through and through, in body, mind or both.',
  },
  {
    id: 'flooded',
    name: 'Flooded',
    family: 'overwhelmed',
    meaning: 'So full of feeling that it is hard to think or speak clearly.',
  },
  {
    id: 'burdened',
    name: 'Burdened',
    family: 'overwhelmed',
    meaning: 'Weighed down by what you are carrying, often quietly.',
  },
  {
    id: 'smothered',
    name: 'Smothered',
    family: 'overwhelmed',
    meaning: 'Hemmed in by more closeness or attention than you can take in right now.',
  },
  {
    id: 'pressured',
    name: 'Pressured',
    family: 'overwhelmed',
    meaning: 'Pushed to give, decide or change faster than feels right.',
  },
  {
    id: 'helpless',
    name: 'Helpless',
    family: 'overwhelmed',
    meaning: 'Wanting to change something and not seeing how.',
  },
  {
    id: 'scattered',
    name: 'Scattered',
    family: 'overwhelmed',
    meaning: 'Pulled in many directions, finding it hard to focus.',
  },

  // Numb or shut down
  {
    id: 'numb',
    name: 'Numb',
    family: 'numb-or-shut-down',
    meaning: 'Feeling little or nothing, as if the feelings have been turned down.',
  },
  {
    id: 'frozen',
    name: 'Frozen',
    family: 'numb-or-shut-down',
    meaning: 'Stuck in the moment, unable to move, speak or decide.',
  },
  {
    id: 'shut-down',
    name: 'Shut down',
    family: 'numb-or-shut-down',
    meaning: 'Closed off inside, with words and feelings hard to reach.',
  },
  {
    id: 'distant',
    name: 'Distant',
    family: 'numb-or-shut-down',
    meaning: 'Far away inside yourself, even with people close by.',
  },
  {
    id: 'withdrawn',
    name: 'Withdrawn',
    family: 'numb-or-shut-down',
    meaning: 'Pulling back from others to find some distance or quiet.',
  },
  {
    id: 'detached',
    name: 'Detached',
    family: 'numb-or-shut-down',
    meaning: 'Watching from a distance, as if it were happening to someone else.',
  },
  {
    id: 'blank',
    name: 'Blank',
    family: 'numb-or-shut-down',
    meaning: 'Mind empty, unsure what you feel or what to say.',
  },
  { id: 'flat', name: 'Flat', family: 'numb-or-shut-down', meaning: 'Muted, with little rising in either direction.' },
  {
    id: 'checked-out',
    name: 'Checked out',
    family: 'numb-or-shut-down',
    meaning: 'Here in body, with your attention somewhere far away.',
  },
  {
    id: 'guarded',
    name: 'Guarded',
    family: 'numb-or-shut-down',
    meaning: 'Keeping your feelings behind a wall until it feels safe.',
  },

  // Calm or safe
  { id: 'calm', name: 'Calm', family: 'calm-or-safe', meaning: 'Settled and steady, with room to breathe.' },
  {
    id: 'safe',
    name: 'Safe',
    family: 'calm-or-safe',
    meaning: 'Able to relax because nothing feels threatening right now.',
  },
  {
    id: 'at-ease',
    name: 'At ease',
    family: 'calm-or-safe',
    meaning: 'Comfortable where you are, with nothing to guard against.',
  },
  { id: 'content', name: 'Content', family: 'calm-or-safe', meaning: 'Quietly satisfied with how things are.' },
  { id: 'peaceful', name: 'Peaceful', family: 'calm-or-safe', meaning: 'Still inside, with little pulling at you.' },
  {
    id: 'grounded',
    name: 'Grounded',
    family: 'calm-or-safe',
    meaning: 'Steady on your feet and in touch with what matters to you.',
  },
  {
    id: 'relaxed',
    name: 'Relaxed',
    family: 'calm-or-safe',
    meaning: 'Loose in body and mind, with the tension let go.',
  },
  {
    id: 'secure',
    name: 'Secure',
    family: 'calm-or-safe',
    meaning: 'Sure of your place with someone, even when things wobble.',
  },
  {
    id: 'rested',
    name: 'Rested',
    family: 'calm-or-safe',
    meaning: 'Restored after sleep or a break, with energy to spare.',
  },

  // Connected
  {
    id: 'connected',
    name: 'Connected',
    family: 'connected',
    meaning: 'In touch with someone, with a sense that you are in this together.',
  },
  { id: 'close', name: 'Close', family: 'connected', meaning: 'Near to someone in heart as well as in space.' },
  { id: 'loved', name: 'Loved', family: 'connected', meaning: 'Held in someone’s care, and able to feel it.' },
  {
    id: 'understood',
    name: 'Understood',
    family: 'connected',
    meaning: 'Met in what you meant and felt, without having to fight for it.',
  },
  { id: 'seen', name: 'Seen', family: 'connected', meaning: 'Noticed for who you are and what matters to you.' },
  {
    id: 'heard',
    name: 'Heard',
    family: 'connected',
    meaning: 'Listened to, with your words taken in and taken seriously.',
  },
  {
    id: 'accepted',
    name: 'Accepted',
    family: 'connected',
    meaning: 'Welcome as you are, without having to change first.',
  },
  {
    id: 'supported',
    name: 'Supported',
    family: 'connected',
    meaning: 'Backed up, with someone beside you in what you are facing.',
  },
  {
    id: 'trusting',
    name: 'Trusting',
    family: 'connected',
    meaning: 'Able to lean on someone without bracing for a fall.',
  },
  {
    id: 'affectionate',
    name: 'Affectionate',
    family: 'connected',
    meaning: 'Warm towards someone, and wanting to show it.',
  },
  {
    id: 'appreciated',
    name: 'Appreciated',
    family: 'connected',
    meaning: 'Noticed and thanked for what you bring.',
  },
  { id: 'playful', name: 'Playful', family: 'connected', meaning: 'Light and a little silly, enjoying each other.' },

  // Grateful
  {
    id: 'grateful',
    name: 'Grateful',
    family: 'grateful',
    meaning: 'Warmed by something good that someone gave or did.',
  },
  { id: 'thankful', name: 'Thankful', family: 'grateful', meaning: 'Glad of something, and wanting to say so.' },
  { id: 'moved', name: 'Moved', family: 'grateful', meaning: 'Stirred deeply by something kind or beautiful.' },
  { id: 'touched', name: 'Touched', family: 'grateful', meaning: 'Softened by a kindness you did not expect.' },
  {
    id: 'appreciative',
    name: 'Appreciative',
    family: 'grateful',
    meaning: 'Noticing what someone brings, and valuing it.',
  },
  { id: 'lucky', name: 'Lucky', family: 'grateful', meaning: 'Aware of something good that came your way.' },
  { id: 'glad', name: 'Glad', family: 'grateful', meaning: 'Pleased and warm about how something turned out.' },
  { id: 'joyful', name: 'Joyful', family: 'grateful', meaning: 'Bright and full of delight.' },

  // Hopeful
  { id: 'hopeful', name: 'Hopeful', family: 'hopeful', meaning: 'Believing that something good can still come.' },
  { id: 'optimistic', name: 'Optimistic', family: 'hopeful', meaning: 'Expecting things to turn out well.' },
  {
    id: 'encouraged',
    name: 'Encouraged',
    family: 'hopeful',
    meaning: 'Lifted by a sign that you are on a good track.',
  },
  {
    id: 'inspired',
    name: 'Inspired',
    family: 'hopeful',
    meaning: 'Stirred to try something new, or to do something well.',
  },
  { id: 'eager', name: 'Eager', family: 'hopeful', meaning: 'Looking forward to something, ready to begin.' },
  {
    id: 'determined',
    name: 'Determined',
    family: 'hopeful',
    meaning: 'Set on something, and willing to keep going.',
  },
  { id: 'excited', name: 'Excited', family: 'hopeful', meaning: 'Buzzing with energy about something ahead.' },
  {
    id: 'proud',
    name: 'Proud',
    family: 'hopeful',
    meaning: 'Pleased with something you did, or with how far you have come.',
  },
  { id: 'curious', name: 'Curious', family: 'hopeful', meaning: 'Open and interested, wanting to learn more.' },

  // Tender
  { id: 'tender', name: 'Tender', family: 'tender', meaning: 'Soft and open, with care close to the surface.' },
  {
    id: 'vulnerable',
    name: 'Vulnerable',
    family: 'tender',
    meaning: 'Open to being hurt, and letting yourself be seen anyway.',
  },
  {
    id: 'caring',
    name: 'Caring',
    family: 'tender',
    meaning: 'Wanting good things for someone, and wanting to look after them.',
  },
  {
    id: 'compassionate',
    name: 'Compassionate',
    family: 'tender',
    meaning: 'Feeling with someone in their pain, and wishing them ease.',
  },
  { id: 'warm', name: 'Warm', family: 'tender', meaning: 'Kindly and openly turned towards someone.' },
  { id: 'protective', name: 'Protective', family: 'tender', meaning: 'Wanting to keep someone safe from harm.' },
  {
    id: 'nostalgic',
    name: 'Nostalgic',
    family: 'tender',
    meaning: 'Fond of a memory, and a little wistful about it.',
  },
  {
    id: 'forgiving',
    name: 'Forgiving',
    family: 'tender',
    meaning: 'Ready to let go of a hurt and make room again.',
  },

  // Relieved
  {
    id: 'relieved',
    name: 'Relieved',
    family: 'relieved',
    meaning: 'A weight lifted as a worry passes or turns out smaller than feared.',
  },
  {
    id: 'reassured',
    name: 'Reassured',
    family: 'relieved',
    meaning: 'Comforted after a worry, because something showed you where you stand.',
  },
  {
    id: 'lighter',
    name: 'Lighter',
    family: 'relieved',
    meaning: 'Less weighed down, as if something heavy has been set aside.',
  },
  {
    id: 'unburdened',
    name: 'Unburdened',
    family: 'relieved',
    meaning: 'Lighter after saying something you had been holding in.',
  },
  {
    id: 'soothed',
    name: 'Soothed',
    family: 'relieved',
    meaning: 'Calmed after distress, by someone or something gentle.',
  },
  {
    id: 'forgiven',
    name: 'Forgiven',
    family: 'relieved',
    meaning: 'Eased by knowing that a hurt you caused has been let go.',
  },
  {
    id: 'reconnected',
    name: 'Reconnected',
    family: 'relieved',
    meaning: 'Close again after a stretch of distance or tension.',
  },
];
