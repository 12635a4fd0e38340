import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { HostKind, HostTheme } from '../host/HostEnvironment';

/** Teams gets Teams' own Fluent themes so the tab blends in; SharePoint pages get the web themes. */
export function fluentTheme(host: HostKind, theme: HostTheme): Theme {
  if (theme === 'contrast') return teamsHighContrastTheme;
  if (host === 'teams') return theme === 'dark' ? teamsDarkTheme : teamsLightTheme;
  return theme === 'dark' ? webDarkTheme : webLightTheme;
}
