import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { HostKind, HostTheme } from '../host/HostEnvironment';

/**
 * Whether the browser is in a forced-colors mode (Windows contrast themes): SharePoint has no high-contrast page
 * theme of its own, so this is how a SharePoint page is "high contrast" ("Windows high contrast mode",
 * learn.microsoft.com/fluent-ui/web-components/design-system/high-contrast: `forced-colors: active`).
 */
export function forcedColorsActive(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
}

/**
 * Teams gets Teams' own Fluent themes so the tab blends in; SharePoint pages get the web themes. High contrast is
 * Fluent's own high-contrast theme in both hosts: Teams says so (theme "contrast"); a SharePoint page is in high
 * contrast when the browser forces colours — never the light theme inside a black frame.
 */
export function fluentTheme(host: HostKind, theme: HostTheme, forcedColors: boolean = forcedColorsActive()): Theme {
  if (theme === 'contrast' || forcedColors) return teamsHighContrastTheme;
  if (host === 'teams') return theme === 'dark' ? teamsDarkTheme : teamsLightTheme;
  return theme === 'dark' ? webDarkTheme : webLightTheme;
}

/** The theme name the app shows (data-theme) for a host theme, counting forced colours as high contrast. */
export function effectiveTheme(theme: HostTheme, forcedColors: boolean = forcedColorsActive()): HostTheme {
  return forcedColors ? 'contrast' : theme;
}
