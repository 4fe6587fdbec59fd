import { forwardRef, type SelectHTMLAttributes } from 'react';
import './field.css';

/**
 * Haven's one drop-down: the platform's own <select> (its list, keyboard and screen-reader behaviour are the
 * system's), drawn the same on every computer with Haven's border, radius and chevron.
 */
export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(function Select(
  { className, ...props },
  ref,
) {
  return <select ref={ref} className={className ? `select ${className}` : 'select'} {...props} />;
});
