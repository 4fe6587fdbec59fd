import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from '../../../resources/templates/builtin';
import { templateDoc } from '../../../resources/templates/document';
import { Template, TemplateDraft, type TemplateSection } from '../../../resources/templates/schema';
import { BLAME_ABSOLUTES_AND_DIAGNOSIS, GUIDANCE_EXTRAS } from './wording';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words that blame, speak in absolutes or diagnose; none belongs on a page a person fills in about their day. */
const FORBIDDEN: readonly RegExp[] = [...BLAME_ABSOLUTES_AND_DIAGNOSIS, ...GUIDANCE_EXTRAS];

/** Every piece of wording a person reads in a template, with where it came from. */
function wording(template: Template): [string, string][] {
  const at = (where: string): string => `${template.id}/${where}`;
  const lines: [string, string][] = [
    [at('name'), template.name],
    [at('description'), template.description],
  ];
  for (const section of template.sections) {
    if (section.kind === 'prompt') {
      lines.push([at(section.id), section.text]);
      continue;
    }
    lines.push([at(`${section.id}.label`), section.label], [at(`${section.id}.hint`), section.hint]);
    if (section.kind === 'choice')
      section.options.forEach((option, i) => lines.push([at(`${section.id}.${i}`), option]));
  }
  return lines;
}

function blame(entries: readonly [string, string][]): string[] {
  return entries.flatMap(([where, text]) =>
    FORBIDDEN.filter((pattern) => pattern.test(text)).map((pattern) => `${where}: ${pattern} in "${text}"`),
  );
}

/** Stray spaces, a lowercase start, or a straight apostrophe where the built-in content uses ’. */
function untidy(entries: readonly [string, string][]): string[] {
  return entries.flatMap(([where, text]) => {
    if (text === '') return [];
    const problems: string[] = [];
    if (text !== text.trim() || /\s{2,}|[\r\n]/.test(text)) problems.push('stray spaces or line breaks');
    if (!/^[\p{Lu}0-9]/u.test(text)) problems.push('does not start with a capital');
    if (text.includes("'")) problems.push('straight apostrophe');
    return problems.map((problem) => `${where}: ${problem} — "${text}"`);
  });
}

/**
 * Section labels are headings in the writer's own voice ("What happened"), so they never speak to "you".
 * "A thank-you" names a thing rather than the reader.
 */
function labelsAddressingTheReader(template: Template): string[] {
  return template.sections.flatMap((section) =>
    section.kind !== 'prompt' && /(?<!-)\byou/i.test(section.label)
      ? [`${template.id}/${section.id}: ${section.label}`]
      : [],
  );
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

interface DocNode {
  type: string;
  sectionId?: string;
  children?: DocNode[];
}

function rootChildren(json: string): DocNode[] {
  const parsed = JSON.parse(json) as { root: DocNode };
  expect(parsed.root.type).toBe('root');
  return parsed.root.children ?? [];
}

function find(template: Template | undefined, label: string): TemplateSection | undefined {
  return template?.sections.find((section) => section.kind !== 'prompt' && section.label === label);
}

describe('the template checks', () => {
  it('catch the mistakes they look for', () => {
    const bad: Template = {
      id: 'bad',
      name: 'bad',
      description: "It's your fault.",
      version: 1,
      builtin: true,
      sections: [
        { kind: 'text', id: 'a', label: 'What you always do', hint: 'You should calm down.' },
        { kind: 'text', id: 'b', label: 'Symptoms', hint: 'Why do you react like that?' },
        { kind: 'choice', id: 'c', label: 'Which', hint: '', options: ['Toxic', 'Fine'] },
        { kind: 'prompt', id: 'd', text: 'Is this a disorder?' },
      ],
    };
    const lines = wording(bad);
    expect(blame(lines).map((problem) => problem.split(':')[0])).toEqual(
      expect.arrayContaining([
        'bad/description',
        'bad/a.label',
        'bad/a.hint',
        'bad/b.label',
        'bad/b.hint',
        'bad/c.0',
        'bad/d',
      ]),
    );
    expect(untidy(lines)).toEqual([
      'bad/name: does not start with a capital — "bad"',
      `bad/description: straight apostrophe — "It's your fault."`,
    ]);
    expect(untidy([['x', ' Spaced  out']])).toEqual([
      'x: stray spaces or line breaks — " Spaced  out"',
      'x: does not start with a capital — " Spaced  out"',
    ]);
    expect(labelsAddressingTheReader(bad)).toEqual(['bad/a: What you always do']);
    const thanks: Template = { ...bad, sections: [{ kind: 'text', id: 't', label: 'A thank-you', hint: '' }] };
    expect(labelsAddressingTheReader(thanks)).toEqual([]);
    expect(duplicates(['a', 'b', 'a'])).toEqual(['a']);
  });
});

describe('built-in templates', () => {
  it('come in the order they are offered', () => {
    expect(BUILTIN_TEMPLATES.map((template) => template.id)).toEqual([
      'blank',
      'nightly',
      'trigger-log',
      'repair',
      'gratitude',
      'weekly-prep',
      'old-wounds',
    ]);
  });

  it('each parse as a template and as a draft a person could save', () => {
    for (const template of BUILTIN_TEMPLATES) {
      expect(Template.safeParse(template).error?.issues ?? []).toEqual([]);
      expect(TemplateDraft.safeParse(template).error?.issues ?? []).toEqual([]);
      expect(template.builtin).toBe(true);
    }
  });

  it('carry the version their content is at: bumped when the sections changed since the first release', () => {
    const bumped: Record<string, number> = { nightly: 2, repair: 2, 'weekly-prep': 2 };
    for (const template of BUILTIN_TEMPLATES) {
      expect([template.id, template.version]).toEqual([template.id, bumped[template.id] ?? 1]);
    }
  });

  it('have unique kebab-case ids and unique names', () => {
    const ids = BUILTIN_TEMPLATES.map((template) => template.id);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(duplicates(ids)).toEqual([]);
    expect(duplicates(BUILTIN_TEMPLATES.map((template) => template.name.toLowerCase()))).toEqual([]);
  });

  it('give every section an id that is kebab-case and unique within its template', () => {
    for (const template of BUILTIN_TEMPLATES) {
      const ids = template.sections.map((section) => section.id);
      expect(
        ids.filter((id) => !KEBAB.test(id)),
        template.id,
      ).toEqual([]);
      expect(duplicates(ids), template.id).toEqual([]);
    }
  });

  it('describe each template in one short line ending in a full stop', () => {
    for (const { id, description } of BUILTIN_TEMPLATES) {
      expect(description.length, id).toBeLessThanOrEqual(120);
      expect(description, id).toMatch(/^\p{Lu}[^\n]*[^.]\.$/u);
    }
  });

  it('give every template except the blank page something to fill in', () => {
    for (const template of BUILTIN_TEMPLATES.filter((t) => t.id !== 'blank')) {
      expect(template.sections.filter((section) => section.kind !== 'prompt').length, template.id).toBeGreaterThan(3);
    }
  });

  it('are found by id, and nothing is found for an unknown id', () => {
    for (const template of BUILTIN_TEMPLATES) expect(findBuiltinTemplate(template.id)).toBe(template);
    expect(findBuiltinTemplate('trigger')).toBeUndefined();
    expect(findBuiltinTemplate('')).toBeUndefined();
  });
});

describe('the trigger log', () => {
  const log = findBuiltinTemplate('trigger-log');

  it('tags triggers, emotions, intensity, needs and response under the exact labels the insights read', () => {
    expect(find(log, 'Triggers')).toMatchObject({ kind: 'tags', tagKind: 'trigger' });
    expect(find(log, 'Emotions')).toMatchObject({ kind: 'emotions' });
    expect(find(log, 'Intensity')).toMatchObject({ kind: 'intensity' });
    expect(find(log, 'Needs')).toMatchObject({ kind: 'tags', tagKind: 'need' });
    expect(find(log, 'Response')).toMatchObject({ kind: 'response' });
  });

  it('holds each of those once', () => {
    for (const label of ['Triggers', 'Emotions', 'Intensity', 'Needs', 'Response']) {
      expect(log?.sections.filter((section) => section.kind !== 'prompt' && section.label === label)).toHaveLength(1);
    }
  });

  it('starts from the facts, and asks whose it is and how soon it needs a response', () => {
    expect(log?.sections[0]).toMatchObject({ kind: 'text', label: 'What happened' });
    const choices = log?.sections.filter((section) => section.kind === 'choice') ?? [];
    expect(choices.map((choice) => choice.options)).toEqual([
      ['Mine', 'Ours', 'Both'],
      ['Needs a response soon', 'Can wait'],
    ]);
  });

  it('has room for the body, the story, the urge, what was needed and one repair step', () => {
    const text = log?.sections.filter((section) => section.kind === 'text').map((section) => section.label) ?? [];
    expect(text).toEqual(
      expect.arrayContaining([
        'What I felt in my body',
        'The story I told myself',
        'My urge and what I did',
        'What I needed underneath',
        'One repair step',
      ]),
    );
  });
});

describe('the document a new entry starts with', () => {
  it('is valid JSON holding one node per section, in order, and ends in a paragraph', () => {
    for (const template of BUILTIN_TEMPLATES) {
      const children = rootChildren(templateDoc(template.sections));
      const sectionIds = children.flatMap((node) => (node.sectionId === undefined ? [] : [node.sectionId]));
      expect(sectionIds, template.id).toEqual(template.sections.map((section) => section.id));
      expect(children.at(-1)?.type, template.id).toBe('paragraph');
    }
  });

  it('gives the blank page a single empty paragraph', () => {
    expect(rootChildren(templateDoc(findBuiltinTemplate('blank')?.sections ?? []))).toEqual([
      expect.objectContaining({ type: 'paragraph', children: [] }),
    ]);
  });

  it('leaves a place to write after every text section and prompt', () => {
    for (const template of BUILTIN_TEMPLATES) {
      const children = rootChildren(templateDoc(template.sections));
      children.forEach((node, index) => {
        if (node.type === 'haven-section' || node.type === 'haven-prompt') {
          expect(children[index + 1]?.type, `${template.id}/${node.sectionId}`).toBe('paragraph');
        }
      });
    }
  });
});

describe('template wording', () => {
  const everything = BUILTIN_TEMPLATES.flatMap(wording);

  it('stays free of blame, absolutes and diagnosis', () => {
    expect(blame(everything)).toEqual([]);
  });

  it('is tidy and uses the typographic apostrophe', () => {
    expect(untidy(everything)).toEqual([]);
  });

  it('writes section labels in the first person, as journal headings', () => {
    expect(BUILTIN_TEMPLATES.flatMap(labelsAddressingTheReader)).toEqual([]);
  });
});
