import * as React from 'react';
import { FluentProvider, Link } from '@fluentui/react-components';
import { fluentTheme } from '../../ui/app/themes';
import { BASELINE_ROUTINES } from './baselineRoutines';

/**
 * The floor of the product's first paint: the same 35 routine links in the same Fluent provider and theme, from
 * inline data, with nothing to load, check or decide first.
 */
export function BaselineRoutineLinks(): React.ReactElement {
  return (
    <FluentProvider theme={fluentTheme('sharepoint', 'light')}>
      <main id="tb-baseline" lang="nb">
        <h1>Rutiner</h1>
        <ul>
          {BASELINE_ROUTINES.map((r) => (
            <li key={r.key}>
              <Link href={`#/routine/${encodeURIComponent(r.key)}`}>{r.title}</Link>
            </li>
          ))}
        </ul>
      </main>
    </FluentProvider>
  );
}
