// Spellings of real ISO3 codes that Unicode upper-cases to the code: 'ıSL' and 'iſl' for ISL,
// 'ßD' for SSD, alongside the plain ASCII ones in any case. Only the ASCII ones are the code.
import fc from 'fast-check';

/** Codes in the shipped record with letters that other characters upper-case to. */
export const codesWithLookalikes = ['ISL', 'SWE', 'ISR', 'IRL', 'IND', 'ITA', 'FIN', 'SSD', 'EST', 'AUS', 'RUS', 'SYR'] as const;

const letter: Readonly<Record<string, readonly string[]>> = { I: ['ı'], S: ['ſ'] };
/** Each upper-cases to two letters. */
const ligatures: Readonly<Record<string, string>> = { SS: 'ß', ST: 'ﬆ', FF: 'ﬀ', FI: 'ﬁ', FL: 'ﬂ' };

function spellings(code: string): fc.Arbitrary<string> {
  const [first] = code;
  if (first === undefined) return fc.constant('');
  const options = [fc.tuple(fc.constantFrom(first, first.toLowerCase(), ...(letter[first] ?? [])), spellings(code.slice(1))).map(([a, rest]) => a + rest)];
  const ligature = ligatures[code.slice(0, 2)];
  if (ligature !== undefined) options.push(spellings(code.slice(2)).map((rest) => ligature + rest));
  return fc.oneof(...options);
}

export const isAscii = (text: string): boolean => /^[A-Za-z]+$/.test(text);

/** A code and a spelling of it that upper-cases to it. */
export const codeSpelling = fc.constantFrom(...codesWithLookalikes).chain((code) => spellings(code).map((spelling) => ({ code, spelling })));

/** Only the spellings that are not the code: some character outside ASCII upper-cases into it. */
export const lookalikeSpelling = codeSpelling.filter(({ spelling }) => !isAscii(spelling));
