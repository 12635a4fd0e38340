import * as React from 'react';
import { Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SearchHit } from '../../core/search/SearchHit';
import { useSearchIndex } from '../app/searchIndex';
import { useApp } from '../app/AppContext';
import type { Route } from '../app/routes';
import { Highlighted } from './Highlighted';

const useStyles = makeStyles({
  root: { position: 'relative', flexGrow: 1, minWidth: 'min(100%, 260px)' },
  input: { width: '100%', minWidth: 0 },
  results: {
    position: 'absolute',
    zIndex: 5,
    left: 0,
    right: 0,
    marginTop: tokens.spacingVerticalXS,
    padding: 0,
    listStyle: 'none',
    maxHeight: '60vh',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16
  },
  option: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, cursor: 'pointer', display: 'grid' },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  kind: { color: tokens.colorNeutralForeground3 },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 }
});

function routeOf(hit: SearchHit): Route {
  switch (hit.kind) {
    case 'routine':
      return { view: 'routine', key: hit.key };
    case 'service':
      return { view: 'service', key: hit.key };
    case 'arena':
      return { view: 'arena', key: hit.key };
    case 'tool':
      return { view: 'tools' };
    default:
      return { view: 'contacts' };
  }
}

/**
 * Search as you type, as an ARIA combobox with a listbox of results. The query lives in this component's
 * state only: never in the URL, storage or a request.
 */
export function SearchBox(): React.ReactElement {
  const { model, strings, navigate } = useApp();
  const styles = useStyles();
  // Loaded and built after the first paint (its own chunk); until then the box shows no list.
  const index = useSearchIndex(model);
  const [query, setQuery] = React.useState('');
  const [active, setActive] = React.useState(0);
  const [open, setOpen] = React.useState(false);
  const hits = React.useMemo(() => (index && query.trim().length >= 2 ? index.search(query, { limit: 8 }) : []), [index, query]);
  const listId = 'tb-search-results';
  // No hits is not a dead end: the worry guide and the emergency view are always offered instead.
  const fallbacks: Array<{ route: Route; label: string }> =
    index && query.trim().length >= 2 && hits.length === 0
      ? [
          { route: { view: 'guide' }, label: strings.guide.title },
          { route: { view: 'urgent' }, label: strings.urgentButton }
        ]
      : [];
  const optionCount = hits.length || fallbacks.length;

  const go = (route: Route): void => {
    setOpen(false);
    setQuery('');
    navigate(route);
  };
  const choose = (hit: SearchHit): void => {
    go(routeOf(hit));
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, optionCount - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && open && hits[active]) {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Enter' && open && fallbacks[active]) {
      e.preventDefault();
      go(fallbacks[active].route);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const showList = open && !!index && query.trim().length >= 2;
  return (
    <div className={styles.root}>
      <Input
        className={styles.input}
        type="search"
        role="combobox"
        aria-label={strings.searchLabel}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && (hits[active] || fallbacks[active]) ? `tb-hit-${active}` : undefined}
        placeholder={strings.searchPlaceholder}
        value={query}
        autoComplete="off"
        onChange={(_e, data) => {
          setQuery(data.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {showList ? (hits.length ? strings.searchResultCount(hits.length) : strings.searchNoResults) : ''}
      </div>
      {showList && (
        <ul id={listId} role="listbox" aria-label={strings.searchLabel} className={styles.results}>
          {hits.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled className={styles.option}>
              {strings.searchNoResults}
            </li>
          )}
          {fallbacks.map((f, i) => (
            <li
              key={f.route.view}
              id={`tb-hit-${i}`}
              role="option"
              aria-selected={i === active}
              data-fallback={f.route.view}
              className={`${styles.option} ${i === active ? styles.active : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                go(f.route);
              }}
            >
              <Text weight="semibold">{f.label}</Text>
            </li>
          ))}
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.key}`}
              id={`tb-hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={`${styles.option} ${i === active ? styles.active : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <Text weight="semibold">
                <Highlighted text={hit.title} ranges={hit.titleHighlights} markClassName={styles.mark} />
              </Text>
              <Text size={200} className={styles.kind}>
                {strings.kinds[hit.kind]}
              </Text>
              {hit.snippet && (
                <Text size={200}>
                  <Highlighted text={hit.snippet} ranges={hit.snippetHighlights} markClassName={styles.mark} />
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
