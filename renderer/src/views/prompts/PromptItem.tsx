import { memo } from 'react';
import type { PromptView } from '../../../../preload/contract';
import { answeredPhrase, DEPTH_NAMES, FIT_NAMES, shortForm, themeName } from './promptWords';
import { Button } from '../../components/Button';

export type PromptAction = 'write' | 'favourite' | 'hide' | 'delete';
/** Which list the action came from, so focus can stay in that list when the item leaves it. */
export type PromptListName = 'favourites' | 'library';
export type OnPromptAction = (action: PromptAction, prompt: PromptView, list: PromptListName) => void;

/**
 * One prompt with what the person can do to it. Memoized on the prompt object, which only changes when its
 * marks do, so typing in the filter redraws the list's membership and not 144 rows.
 */
export const PromptItem = memo(function PromptItem({
  prompt,
  list,
  onAction,
}: {
  prompt: PromptView;
  list: PromptListName;
  onAction: OnPromptAction;
}) {
  const short = `“${shortForm(prompt.text)}”`;
  return (
    <li className="prompt-item" data-prompt-id={prompt.id} data-hidden={prompt.hidden || undefined}>
      <p className="prompt-text">{prompt.text}</p>
      {prompt.followUp && (
        <p className="prompt-follow-up">
          <span className="prompt-follow-up-label">Then: </span>
          {prompt.followUp}
        </p>
      )}
      <p className="prompt-themes">
        <span className="visually-hidden">Themes: </span>
        {prompt.themes.map((theme, index) => (
          <span key={theme} className="prompt-theme">
            {themeName(theme)}
            {index < prompt.themes.length - 1 && <span className="visually-hidden">, </span>}
          </span>
        ))}
      </p>
      <div className="prompt-footer">
        <p className="prompt-meta">
          {prompt.custom && <span className="badge">Your own</span>}
          {prompt.hidden && <span className="badge">Hidden</span>}
          <span>{[DEPTH_NAMES[prompt.depth], FIT_NAMES[prompt.fit], answeredPhrase(prompt.answered)].join(' · ')}</span>
        </p>
        <span className="prompt-actions">
          <Button
            variant="secondary"
            small
            data-action="write"
            aria-label={`Write about this: ${short}`}
            onClick={() => onAction('write', prompt, list)}
          >
            Write about this
          </Button>
          <Button
            variant="secondary"
            small
            className="prompt-favourite"
            data-action="favourite"
            aria-pressed={prompt.favourite}
            aria-label={`Favourite ${short}`}
            onClick={() => onAction('favourite', prompt, list)}
          >
            <span aria-hidden="true" className="prompt-star">
              {prompt.favourite ? '★' : '☆'}
            </span>{' '}
            Favourite
          </Button>
          <Button
            variant="secondary"
            small
            data-action="hide"
            aria-label={`${prompt.hidden ? 'Show again' : 'Hide'} ${short}`}
            onClick={() => onAction('hide', prompt, list)}
          >
            {prompt.hidden ? 'Show again' : 'Hide'}
          </Button>
          {prompt.custom && (
            <Button
              variant="danger"
              small
              data-action="delete"
              aria-label={`Delete ${short}`}
              onClick={() => onAction('delete', prompt, list)}
            >
              Delete
            </Button>
          )}
        </span>
      </div>
    </li>
  );
});
