import * as React from 'react';
import type { Locale } from '../../core/i18n/Locale';
import { loadOnce } from '../../core/async/loadOnce';

/** Puts a feature's strings around the views that read them. */
export type StringsWrapper = (children: React.ReactNode) => React.ReactElement;

/** The strings of one feature that loads on demand: fetched for one language at a time, read with `useStrings()`. */
export interface FeatureStrings<T> {
  /** The strings in `locale`, fetched with their chunk on first use. */
  load(locale: Locale): Promise<T>;
  /** Loads the strings in `locale` and gives what provides them to the feature's views. */
  provide(locale: Locale): Promise<StringsWrapper>;
  /** Puts strings already at hand around views (what `provide` does once they are loaded; tests use it directly). */
  Provider: React.Provider<T | undefined>;
  /** The strings, inside what `provide` gave; throws elsewhere (a view rendered outside its feature). */
  useStrings(): T;
}

/** What a lazy view needs of a feature's strings, whatever their type: a way to load and provide them. */
export type StringsSource = Pick<FeatureStrings<unknown>, 'provide'>;

/**
 * A feature's strings, one webpack chunk per language (`loaders` imports each with a `webpackChunkName`), so the
 * entry bundle carries none of them and a user downloads only the language they read. `Record<Locale, …>` makes
 * the compiler refuse a feature that lacks a language; each language file is typed by the feature's strings type,
 * so it refuses a language that lacks a text.
 */
export function featureStrings<T>(feature: string, loaders: Record<Locale, () => Promise<T>>): FeatureStrings<T> {
  const Context = React.createContext<T | undefined>(undefined);
  const once = {
    nb: loadOnce(loaders.nb),
    nn: loadOnce(loaders.nn),
    en: loadOnce(loaders.en)
  };
  const load = (locale: Locale): Promise<T> => once[locale]();
  return {
    Provider: Context.Provider,
    load,
    provide: async (locale) => {
      const strings = await load(locale);
      return (children) => <Context.Provider value={strings}>{children}</Context.Provider>;
    },
    useStrings: () => {
      const strings = React.useContext(Context);
      if (strings === undefined) throw new Error(`The ${feature} strings are read outside the views that load them`);
      return strings;
    }
  };
}
