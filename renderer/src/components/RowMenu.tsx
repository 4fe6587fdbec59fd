import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import './row-menu.css';

export interface RowMenuItem {
  /** Names the item for focus requests (`data-action`), e.g. "rename". */
  action: string;
  /** What the item says. */
  text: string;
  /** The item's full name when its text alone would be ambiguous among many rows ("Rename Hurt"). */
  label?: string;
  disabled?: boolean;
  danger?: boolean;
  onSelect: () => void;
}

/**
 * A row's actions behind one button (WAI-ARIA menu button): Enter, Space or ArrowDown opens it on the first
 * item, the arrows move, Escape closes it and gives focus back to the button. Choosing an item gives focus
 * back first, so a dialog the item opens returns there when it closes.
 */
export function RowMenu({ label, items }: { label: string; items: readonly RowMenuItem[] }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const menuRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const usable = items.map((item, index) => (item.disabled ? -1 : index)).filter((index) => index >= 0);

  // Measured before paint: a menu that would run past the bottom of the window opens above its button. Set on
  // the element itself, since only the browser's layout knows the answer and a re-render would add nothing.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const button = buttonRef.current;
    if (!open || !menu || !button) return;
    const { top, bottom } = button.getBoundingClientRect();
    const room = menu.offsetHeight + 8;
    menu.toggleAttribute('data-up', window.innerHeight - bottom < room && top > room);
  }, [open]);

  useEffect(() => {
    if (open) itemsRef.current[active]?.focus();
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
      const next = (at + by + usable.length) % usable.length;
      return usable[next] ?? current;
    });

  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') step(1);
    else if (event.key === 'ArrowUp') step(-1);
    else if (event.key === 'Home') setActive(usable[0] ?? 0);
    else if (event.key === 'End') setActive(usable[usable.length - 1] ?? 0);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="row-menu" data-open={open || undefined}>
      <button
        ref={buttonRef}
        type="button"
        className="row-menu-button"
        data-action="menu"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(true) : openAt('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openAt(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <circle cx="3" cy="8" r="1.5" />
          <circle cx="8" cy="8" r="1.5" />
          <circle cx="13" cy="8" r="1.5" />
        </svg>
      </button>
      {open && (
        <div
          id={`${id}-menu`}
          ref={menuRef}
          role="menu"
          aria-label={label}
          className="menu row-menu-list"
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            if (!event.currentTarget.parentElement?.contains(event.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {items.map((item, index) => (
            <button
              key={item.action}
              ref={(element) => {
                itemsRef.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              className={`menu-item row-menu-item${item.danger ? ' row-menu-item-danger' : ''}`}
              data-action={item.action}
              disabled={item.disabled}
              aria-label={item.label}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.text}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
