import * as React from 'react';

/** How much room the app has: the shell measures its own width and tells every view. */
export interface Layout {
  /** Narrower than a small tablet (see PHONE_WIDTH): tables reflow to cards, the header is compact. */
  narrow: boolean;
}

export const LayoutContext = React.createContext<Layout>({ narrow: false });

export function useLayout(): Layout {
  return React.useContext(LayoutContext);
}
