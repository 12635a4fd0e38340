import * as React from 'react';

/** Below this width (CSS px) of the web part itself, the app lays out for a phone: compact header, cards for tables. */
export const PHONE_WIDTH = 640;

/**
 * Whether the element is narrower than `maxWidth`. It measures the element, not the window: a web part in a narrow
 * column of a wide SharePoint page is as narrow as a phone. Measured before paint and again on every resize;
 * false while the width is unknown (0, as before layout). A ResizeObserver reports the first size after the
 * browser's own layout and before its paint, so the page is laid out once — measuring in the effect would force
 * a layout of the whole page in the middle of rendering it.
 */
export function useNarrow<T extends HTMLElement>(ref: React.RefObject<T>, maxWidth: number = PHONE_WIDTH): boolean {
  const [narrow, setNarrow] = React.useState(false);
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = (): void => {
      const width = element.getBoundingClientRect().width;
      setNarrow(width > 0 && width < maxWidth);
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, maxWidth]);
  return narrow;
}
