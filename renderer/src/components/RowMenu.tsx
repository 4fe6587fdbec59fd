import { useLayoutEffect, useRef } from 'react';
import { useMenuButton } from './useMenuButton';
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
 * A row's actions behind one button (a menu button: keys in useMenuButton.ts). Choosing an item gives focus
 * back first, so a dialog the item opens returns there when it closes.
 */
export function RowMenu({ label, items }: { label: string; items: readonly RowMenuItem[] }) {
  const { open, close, rootRef, buttonRef, buttonProps, menuProps, itemProps } = useMenuButton(
    items.length,
    (index) => !items[index]?.disabled,
  );
  const menuRef = useRef<HTMLDivElement>(null);

  // Measured before paint: a menu that would run past the bottom of the window opens above its button. Set on
  // the element itself, since only the browser's layout knows the answer and a re-render would add nothing.
  useLayoutEffect(() => {
    const list = menuRef.current;
    const button = buttonRef.current;
    if (!open || !list || !button) return;
    const { top, bottom } = button.getBoundingClientRect();
    const room = list.offsetHeight + 8;
    list.toggleAttribute('data-up', window.innerHeight - bottom < room && top > room);
  }, [open, buttonRef]);

  return (
    <div ref={rootRef} className="row-menu" data-open={open || undefined}>
      <button
        type="button"
        className="row-menu-button"
        data-action="menu"
        aria-label={label}
        ref={buttonRef}
        {...buttonProps}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <circle cx="3" cy="8" r="1.5" />
          <circle cx="8" cy="8" r="1.5" />
          <circle cx="13" cy="8" r="1.5" />
        </svg>
      </button>
      {open && (
        <div ref={menuRef} aria-label={label} className="menu row-menu-list" {...menuProps}>
          {items.map((item, index) => (
            <button
              key={item.action}
              type="button"
              {...itemProps(index)}
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
