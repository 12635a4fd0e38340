import type { Locale } from '../i18n/Locale';
import type { Arena } from '../model/Arena';
import type { Contact } from '../model/Contact';
import type { Routine, RoutineStep } from '../model/Routine';
import type { Service, TierMeasures } from '../model/Service';
import type { ModelSettings } from '../model/Settings';
import type { Tool } from '../model/Tool';

/** The parts of a model whose text staff read, and the settings that say which written standard it is in. */
export interface LocalizableModel {
  settings: Pick<ModelSettings, 'contentLocale'>;
  routines: Routine[];
  services: Service[];
  tools: Tool[];
  arenas: Arena[];
  contacts: Contact[];
}

/** A companion text where there is one, else the main text: an empty translation never hides what is written. */
function pick(main: string, nn: string | undefined): string {
  return nn !== undefined && nn.trim() !== '' ? nn : main;
}

/**
 * The steps in Nynorsk, field by field, while the Nynorsk steps are as many as the main ones. When they are not
 * (a step was added or removed after the translation), the main steps are shown whole: a stale translation must
 * never hide a step. The tools and the order are always the main steps' own.
 */
function localizeSteps(steps: RoutineStep[], nn: Routine['nn']): RoutineStep[] {
  const texts = nn?.steps;
  if (!texts || texts.length !== steps.length) return steps;
  return steps.map((step, i) => {
    const text = texts[i]!; // as many texts as steps (checked above)
    return {
      ...step,
      what: pick(step.what, text.what),
      how: pick(step.how, text.how),
      who: pick(step.who, text.who),
      deadline: pick(step.deadline, text.deadline)
    };
  });
}

function localizeTierMeasures(measures: TierMeasures[], nn: TierMeasures[] | undefined): TierMeasures[] {
  if (!nn || nn.length === 0) return measures;
  return measures.map((m) => ({ ...m, measures: pick(m.measures, nn.find((n) => n.tier === m.tier)?.measures) }));
}

function routineInNynorsk(r: Routine): Routine {
  if (!r.nn) return r;
  return { ...r, title: pick(r.title, r.nn.title), summary: pick(r.summary, r.nn.summary), steps: localizeSteps(r.steps, r.nn), legalBasis: pick(r.legalBasis, r.nn.legalBasis) };
}

function serviceInNynorsk(s: Service): Service {
  if (!s.nn) return s;
  return { ...s, title: pick(s.title, s.nn.title), role: pick(s.role, s.nn.role), mandate: pick(s.mandate, s.nn.mandate), tierMeasures: localizeTierMeasures(s.tierMeasures, s.nn.tierMeasures) };
}

function toolInNynorsk(t: Tool): Tool {
  return t.nn ? { ...t, title: pick(t.title, t.nn.title), description: pick(t.description, t.nn.description) } : t;
}

function arenaInNynorsk(a: Arena): Arena {
  return a.nn ? { ...a, title: pick(a.title, a.nn.title), purpose: pick(a.purpose, a.nn.purpose) } : a;
}

function contactInNynorsk(c: Contact): Contact {
  return c.nn ? { ...c, title: pick(c.title, c.nn.title), description: pick(c.description, c.nn.description) } : c;
}

/**
 * Which written standard the content is shown in for a UI language: Nynorsk where the UI is Nynorsk and the
 * site's main text is not, else the main text (settings.contentLocale). English has no content of its own: it
 * shows the main text, which on a Bokmål site is Bokmål.
 */
export function shownContent(contentLocale: Locale, uiLocale: Locale): 'main' | 'nn' {
  return uiLocale === 'nn' && contentLocale !== 'nn' ? 'nn' : 'main';
}

/**
 * The model as staff read it in a UI language: the one place that chooses between a site's main text and its
 * Nynorsk companions (the …Nn columns). Every text with a Nynorsk companion shows it in the Nynorsk UI; every
 * text without one (or with an empty one) shows the main text. Keys, links, tools, placements and everything
 * else are untouched. Returns the model itself when nothing changes, so a memo keyed on it holds.
 */
export function localizeModel<M extends LocalizableModel>(model: M, uiLocale: Locale): M {
  if (shownContent(model.settings.contentLocale, uiLocale) === 'main') return model;
  return {
    ...model,
    routines: model.routines.map(routineInNynorsk),
    services: model.services.map(serviceInNynorsk),
    tools: model.tools.map(toolInNynorsk),
    arenas: model.arenas.map(arenaInNynorsk),
    contacts: model.contacts.map(contactInNynorsk)
  };
}
