import { teamsDarkTheme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { effectiveTheme, fluentTheme } from '../../../src/ui/app/themes';

describe('Fluent themes by host (issue #13: SharePoint "high contrast" was the light theme in a black frame)', () => {
  it('gives a SharePoint page in forced colours (Windows contrast themes) Fluent’s high-contrast theme', () => {
    expect(fluentTheme('sharepoint', 'light', true)).toBe(teamsHighContrastTheme);
    expect(fluentTheme('sharepoint', 'dark', true)).toBe(teamsHighContrastTheme);
    expect(effectiveTheme('light', true)).toBe('contrast');
  });

  it('keeps the web themes on SharePoint and Teams’ own themes in Teams otherwise', () => {
    expect(fluentTheme('sharepoint', 'light', false)).toBe(webLightTheme);
    expect(fluentTheme('sharepoint', 'dark', false)).toBe(webDarkTheme);
    expect(fluentTheme('teams', 'dark', false)).toBe(teamsDarkTheme);
    expect(fluentTheme('teams', 'contrast', false)).toBe(teamsHighContrastTheme);
    expect(effectiveTheme('dark', false)).toBe('dark');
  });

  it('reads forced colours from the browser when not told', () => {
    const real = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query === '(forced-colors: active)', media: query })) as unknown as typeof window.matchMedia;
    try {
      expect(fluentTheme('sharepoint', 'light')).toBe(teamsHighContrastTheme);
    } finally {
      window.matchMedia = real;
    }
  });
});
