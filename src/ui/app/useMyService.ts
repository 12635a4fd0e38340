import * as React from 'react';

/**
 * "For meg" is remembered per site and user on this device. It holds a service key only — nothing about
 * a child — and survives reloads.
 */
export function useMyService(siteUrl: string, userLogin: string): [string | undefined, (service: string | undefined) => void] {
  const storageKey = `tryggebarn:my-service:${siteUrl}:${userLogin}`;
  const [service, setService] = React.useState<string | undefined>(() => readStorage(storageKey));
  const update = React.useCallback(
    (next: string | undefined) => {
      setService(next);
      try {
        if (next) window.localStorage.setItem(storageKey, next);
        else window.localStorage.removeItem(storageKey);
      } catch {
        // Storage can be blocked (private mode, Teams policies); the choice then lasts for this visit only.
      }
    },
    [storageKey]
  );
  return [service, update];
}

function readStorage(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}
