/**
 * JSON.stringify for values JSON.parse made (and edited), however deep: V8's own stringify runs out of call
 * stack near 3,000 levels of nesting, while JSON.parse reads far deeper documents. A document Haven can read,
 * it can also write back. V8's is several times faster, so it goes first.
 */
type Task = { raw: string } | { value: unknown };

export function stringifyDeep(root: unknown): string {
  try {
    return JSON.stringify(root);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return stringifyIteratively(root);
  }
}

/** The same output without recursion. */
export function stringifyIteratively(root: unknown): string {
  const parts: string[] = [];
  const tasks: Task[] = [{ value: root }];
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    if ('raw' in task) {
      parts.push(task.raw);
      continue;
    }
    const value = task.value;
    if (Array.isArray(value)) {
      // Pushed in reverse, so they come off the stack in order.
      tasks.push({ raw: ']' });
      for (let i = value.length - 1; i >= 0; i--) {
        tasks.push({ value: value[i] === undefined ? null : value[i] });
        if (i > 0) tasks.push({ raw: ',' });
      }
      tasks.push({ raw: '[' });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value).filter(([, field]) => field !== undefined);
      tasks.push({ raw: '}' });
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, field] = entries[i]!;
        tasks.push({ value: field });
        tasks.push({ raw: `${i > 0 ? ',' : ''}${JSON.stringify(key)}:` });
      }
      tasks.push({ raw: '{' });
    } else {
      parts.push(JSON.stringify(value) ?? 'null');
    }
  }
  return parts.join('');
}
