import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Template } from '../../../preload/contract';
import { BUILTIN_TEMPLATES } from '../../../resources/templates/builtin';
import { haven } from '../haven';

interface Templates {
  /** Built-in and the person's own, in their order; the built-ins until the vault answers. */
  list: readonly Template[];
  name: (id: string) => string;
  refresh: () => void;
}

const TemplatesContext = createContext<Templates>({
  list: BUILTIN_TEMPLATES,
  name: (id) => BUILTIN_TEMPLATES.find((template) => template.id === id)?.name ?? 'Entry',
  refresh: () => undefined,
});

/**
 * The journal's templates for everything that names or offers them (New entry, filters, entry cards). Loaded when
 * the journal opens and again whenever the view changes, so a template edited in Templates shows everywhere.
 */
export function TemplatesProvider({ children }: { children: ReactNode }) {
  const [list, setList] = useState<readonly Template[]>(BUILTIN_TEMPLATES);
  const refresh = useCallback(() => {
    void haven()
      .templates.list()
      .then((result) => {
        if (result.ok) setList(result.value);
      });
  }, []);
  useEffect(() => {
    refresh();
    window.addEventListener('hashchange', refresh);
    return () => window.removeEventListener('hashchange', refresh);
  }, [refresh]);
  const value = useMemo(() => {
    const names = new Map(list.map((template) => [template.id, template.name]));
    return { list, name: (id: string) => names.get(id) ?? 'Entry', refresh };
  }, [list, refresh]);
  return <TemplatesContext.Provider value={value}>{children}</TemplatesContext.Provider>;
}

export const useTemplates = (): Templates => useContext(TemplatesContext);
