/**
 * A sentence that carries the page's own timestamp ("Friday 10 June 2005 00.05 BST The envoy
 * ...", "Page last updated at 08:03 GMT, Tuesday, ...") opens the page: what it tells is the
 * page's news, of the day the page was stamped, as far as anything says (inferred). The stamp
 * dates no clause (see isPageStamp), so the clause's own words come first; it comes before other
 * sentences, which tell other happenings.
 */
import type { DateSource } from '../types.ts';
import { isPageStamp, rangeOf } from '../timex-date.ts';

export const pageStamp: DateSource = {
  name: 'page stamp',
  find({ masked, timexes }) {
    const stamp = timexes.find((t) => isPageStamp(masked, t) && rangeOf(t)?.precision === 'day');
    if (!stamp) return { pass: 'the sentence carries no page timestamp' };
    return { date: { ...rangeOf(stamp)!, certain: false, text: '' }, because: `"${stamp.text}" stamps the page this sentence opens (inferred)` };
  },
};
