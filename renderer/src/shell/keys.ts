const IS_APPLE = /Mac|iPhone|iPad/.test(navigator.platform);

/** The platform's command modifier: Cmd on Apple systems (where Ctrl+K is an editing key), Ctrl elsewhere. */
export function isCommand(event: KeyboardEvent): boolean {
  return (IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey) && !event.altKey;
}
