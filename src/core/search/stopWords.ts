/**
 * Function words in Bokmål, Nynorsk and English that carry no meaning for search. They are not indexed, so a
 * query like "vold i barnehagen" ranks on "vold" and "barnehagen" rather than on every text containing "i".
 *
 * Question words and negation (hva/kva, hvem/kven, ikke/ikkje) are deliberately absent: routines are written as
 * Hva/Hvordan/Hvem steps, and the variant table makes them meet across the languages.
 */
export const STOP_WORDS: readonly string[] = [
  // Bokmål and Nynorsk
  'og', 'i', 'på', 'av', 'til', 'for', 'med', 'som', 'er', 'var', 'det', 'den', 'de', 'dei', 'en', 'ein', 'et',
  'eit', 'ei', 'å', 'at', 'om', 'fra', 'frå', 'har', 'kan', 'skal', 'vil', 'blir', 'bli', 'vert', 'verte', 'ved',
  'eller', 'men', 'så', 'seg', 'sin', 'sitt', 'sine', 'si', 'han', 'hun', 'ho', 'vi', 'me', 'du', 'jeg', 'eg', 'oss',
  'dem', 'deg', 'meg', 'der', 'her', 'da', 'då', 'når', 'også', 'hos', 'mot', 'etter', 'under', 'over',
  'noen', 'nokon', 'noe', 'noko', 'alle', 'andre', 'dette', 'denne', 'disse', 'desse', 'hvis', 'viss', 'dersom',
  // English
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'is', 'are', 'be', 'it', 'this',
  'that', 'as', 'from', 'if', 'its', 'their', 'they', 'was', 'were', 'has', 'have'
];
