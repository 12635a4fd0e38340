/**
 * Frequent given names in Norway (from the lists of popular names; no real person is meant). A capitalized word
 * from this list is taken for a name even at the start of a sentence, where capitalization says nothing.
 *
 * Names that are also everyday words are left out, because "Per i dag…", "Liv og helse" or "Even if…" must not
 * warn: Per, Liv, Even, Sol, Vår, Storm, Tone, Mai, August, Hans, Jo, Ask, Bo, Siv, Eir. They are still caught
 * mid-sentence and after "gutten", "jenta" and the like.
 */
export const COMMON_FIRST_NAMES: readonly string[] = [
  // Girls
  'Emma', 'Nora', 'Olivia', 'Ella', 'Sofie', 'Sofia', 'Leah', 'Frida', 'Ingrid', 'Maja', 'Sara', 'Amalie', 'Emilie',
  'Hedda', 'Ida', 'Anna', 'Thea', 'Vilde', 'Linnea', 'Astrid', 'Selma', 'Alma', 'Aurora', 'Hanna', 'Hannah', 'Julie',
  'Tiril', 'Mia', 'Ellinor', 'Iben', 'Eva', 'Kari', 'Ingeborg', 'Marie', 'Tuva', 'Mathilde', 'Oda', 'Jenny', 'Mari',
  'Marit', 'Solveig', 'Ragnhild', 'Sigrid', 'Lea', 'Ada', 'Saga', 'Nathalie', 'Amina', 'Fatima', 'Zainab', 'Maryam',
  // Boys
  'Jakob', 'Noah', 'Lucas', 'Lukas', 'Oskar', 'Filip', 'Emil', 'William', 'Oliver', 'Aksel', 'Isak', 'Henrik',
  'Johannes', 'Ludvig', 'Magnus', 'Theodor', 'Elias', 'Mathias', 'Liam', 'Sander', 'Tobias', 'Jonas', 'Kasper', 'Olav',
  'Ola', 'Lars', 'Nils', 'Ole', 'Kristian', 'Markus', 'Adrian', 'Benjamin', 'Leon', 'Mohammad', 'Muhammad', 'Ali',
  'Ahmed', 'Yusuf', 'Sebastian', 'Alexander', 'Daniel', 'Martin', 'Odin', 'Edvard', 'Syver', 'Iver', 'Ulrik', 'Vetle',
  'Sindre', 'Petter', 'Kristoffer', 'Håkon', 'Eirik', 'Erik', 'Herman', 'Mikkel', 'Jens', 'Anders', 'Knut', 'Trond',
  'Espen', 'Felix', 'Gustav', 'Viktor', 'Theo', 'Bjørn', 'Sverre', 'Haakon', 'Omar'
];
