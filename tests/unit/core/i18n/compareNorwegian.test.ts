import { compareNorwegian } from '../../../../src/core/i18n/compareNorwegian';

describe('compareNorwegian', () => {
  it('puts æ, ø and å after z, in that order, as Norwegian readers expect', () => {
    expect(['Åpen dør', 'Barnehage', 'Øvelse', 'Ærlig tale', 'Zebra', 'akutt'].sort(compareNorwegian)).toEqual(['akutt', 'Barnehage', 'Zebra', 'Ærlig tale', 'Øvelse', 'Åpen dør']);
  });
});
