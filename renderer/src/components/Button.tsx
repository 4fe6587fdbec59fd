import { forwardRef, type ButtonHTMLAttributes, type AnchorHTMLAttributes } from 'react';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link' | 'icon';

const classFor = (variant: ButtonVariant, small: boolean | undefined, extra: string | undefined) =>
  [`button-${variant}`, small ? 'button-small' : '', extra ?? ''].filter(Boolean).join(' ');

/**
 * Haven's one button: primary for the step a screen is for (one a screen), secondary for the rest, danger for
 * what removes something, link for a quiet action inside text, icon for a small square one with a name.
 * A plain button by default, never a form's submit unless asked.
 */
export const Button = forwardRef<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; small?: boolean }
>(function Button({ variant = 'secondary', small, className, type = 'button', ...props }, ref) {
  return <button ref={ref} type={type} className={classFor(variant, small, className)} {...props} />;
});

/** A link that looks like a button: for actions that go somewhere (another view), not do something. */
export const ButtonLink = forwardRef<
  HTMLAnchorElement,
  AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: ButtonVariant; small?: boolean; href: string }
>(function ButtonLink({ variant = 'secondary', small, className, ...props }, ref) {
  return <a ref={ref} className={classFor(variant, small, className)} {...props} />;
});
