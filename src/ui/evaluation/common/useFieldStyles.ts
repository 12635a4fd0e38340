import { makeStyles } from '@fluentui/react-components';

/**
 * Native selects size themselves to their longest option ("PP-tjenesten (pedagogisk-psykologisk tjeneste)"), which
 * would push a form past a 320 px screen. These let fields and selects shrink to the space there is.
 */
export const useFieldStyles = makeStyles({
  field: { minWidth: 0, maxWidth: '100%' },
  select: { maxWidth: '100%', minWidth: 0, '& select': { maxWidth: '100%', textOverflow: 'ellipsis' } },
  form: { gridTemplateColumns: 'minmax(0, 1fr)' }
});
