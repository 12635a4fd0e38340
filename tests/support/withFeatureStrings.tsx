import * as React from 'react';
import type { Locale } from '../../src/core/i18n/Locale';
import { adminStrings } from '../../src/ui/admin/strings';
import { en as adminEn } from '../../src/ui/admin/strings/en';
import { nb as adminNb } from '../../src/ui/admin/strings/nb';
import { nn as adminNn } from '../../src/ui/admin/strings/nn';
import { evaluationStrings } from '../../src/ui/evaluation/strings';
import { en as evaluationEn } from '../../src/ui/evaluation/strings/en';
import { nb as evaluationNb } from '../../src/ui/evaluation/strings/nb';
import { nn as evaluationNn } from '../../src/ui/evaluation/strings/nn';
import { meetingsStrings } from '../../src/ui/meetings/strings';
import { en as meetingsEn } from '../../src/ui/meetings/strings/en';
import { nb as meetingsNb } from '../../src/ui/meetings/strings/nb';
import { nn as meetingsNn } from '../../src/ui/meetings/strings/nn';

/**
 * The feature strings (admin, evaluation, meetings) in `locale` around `ui`, as the app's lazy views put them once
 * loaded: a test that renders a feature's view directly needs them at hand.
 */
export function withFeatureStrings(locale: Locale, ui: React.ReactNode): React.ReactElement {
  return (
    <adminStrings.Provider value={{ nb: adminNb, nn: adminNn, en: adminEn }[locale]}>
      <evaluationStrings.Provider value={{ nb: evaluationNb, nn: evaluationNn, en: evaluationEn }[locale]}>
        <meetingsStrings.Provider value={{ nb: meetingsNb, nn: meetingsNn, en: meetingsEn }[locale]}>{ui}</meetingsStrings.Provider>
      </evaluationStrings.Provider>
    </adminStrings.Provider>
  );
}
