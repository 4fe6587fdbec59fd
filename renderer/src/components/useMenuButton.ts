import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/**
 * The keyboard and focus of a WAI-ARIA menu button, for every menu in Haven ("New entry", a row's actions):
 * Enter, Space or ArrowDown opens it on the first item and ArrowUp on the last; the arrows, Home and End move
 * among the items that can be chosen; Escape closes it and gives focus back to the button; Tab closes it and
 * goes on; focus leaving the menu and its button closes it.
 */
export function useMenuButton(count: number, usableAt: (index: number) => boolean = () => true) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLElement | null)[]>([]);
  const id = useId();
  const usable = Array.from({ length: count }, (_, index) => index).filter(usableAt);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  const openAt = (at: 'first' | 'last') => {
    if (usable.length === 0) return;
    setActive((at === 'first' ? usable[0] : usable[usable.length - 1]) ?? 0);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const step = (by: 1 | -1) =>
    setActive((current) => {
      const at = usable.indexOf(current);
      return usable[(at + by + usable.length) % usable.length] ?? current;
    });

  return {
    open,
    active,
    close,
    menuId: `${id}-menu`,
    rootRef,
    buttonRef,
    buttonProps: {
      'aria-haspopup': 'menu' as const,
      'aria-expanded': open,
      'aria-controls': open ? `${id}-menu` : undefined,
      onClick: () => (open ? close(true) : openAt('first')),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        openAt(event.key === 'ArrowDown' ? 'first' : 'last');
      },
    },
    menuProps: {
      id: `${id}-menu`,
      role: 'menu' as const,
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'ArrowDown') step(1);
        else if (event.key === 'ArrowUp') step(-1);
        else if (event.key === 'Home') setActive(usable[0] ?? 0);
        else if (event.key === 'End') setActive(usable[usable.length - 1] ?? 0);
        else if (event.key === 'Escape') close(true);
        else if (event.key === 'Tab') close(false);
        else return;
        event.preventDefault();
        event.stopPropagation();
      },
      onBlur: (event: FocusEvent) => {
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      },
    },
    itemProps: (index: number) => ({
      ref: (element: HTMLElement | null) => {
        items.current[index] = element;
      },
      role: 'menuitem' as const,
      tabIndex: index === active ? 0 : -1,
    }),
  };
}
