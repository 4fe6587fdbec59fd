import type { z } from 'zod';
import { badFile, type SourceFile } from './source';

/** A JSON file's value, or a message naming the file when it isn't JSON. */
export function readJson(file: SourceFile): unknown {
  const text = new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    // The parser's own words ("Unexpected token } in JSON at position 812") help no one here.
    throw badFile(`“${file.name}” isn’t JSON Haven can read: it may be damaged or only partly saved.`);
  }
}

/** The first thing wrong with a value, as "tags: expected an array", for a message. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it has the wrong shape';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
