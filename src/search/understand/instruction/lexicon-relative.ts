import type { Item } from './items.js';
import { eachPhrase } from './phrase-table.js';

// The words of relative changes: a filter named with its way ("cheaper", "more senior"),
// comparatives that take the filter their clause names ("raise", "half"), strictness ("loosen",
// "stricter"), complaints about a value as it stands ("too expensive") and degrees ("a bit").

const each = eachPhrase<Item>;

export const RELATIVE_PHRASES: [string, Item][] = [
  ...each(
    'cheaper|less expensive|more affordable|lower rates|lower rate|lower price|lower prices|' +
      'lower budget|smaller budget|tighter budget|reduce the budget|cut the budget|cut costs|' +
      'lower the budget|lower the rate|lower the cap|less money|cheaper options|more budget friendly|' +
      'budget friendly|lower cost|save money|less pricey|bring the rate down|bring the budget down|' +
      'cheap|inexpensive|affordable|budget-friendly|budget friendly options|more budget-friendly|' +
      'more budget friendly|more affordable options|more reasonably priced|' +
      // Money said to be short: "we can't pay much" is cheaper, never "no rate cap".
      "can't pay much|cannot pay much|cant pay much|can't pay a lot|can't spend much|" +
      "can't spend a lot|can't afford much|cant afford much|can't afford a lot|don't have much|" +
      'dont have much|not much money|not a lot of money|tight budget|limited budget|small budget|' +
      "low budget|on a budget|on a tight budget|shoestring|budget is tight|budget's tight|" +
      'money is tight|nothing expensive|nothing too expensive|nothing crazy expensive|' +
      'keep costs down|keep the cost down|keep costs low|keep the costs down|keep the price down|' +
      'keep the rate down|keep the rates down|keep rates down|keep the budget low|keep it cheap|' +
      'not too expensive|not too pricey|nothing pricey|nothing too pricey',
    { k: 'rel', field: 'rate', up: false },
  ),
  ...each(
    'more budget|higher budget|bigger budget|pricier|more expensive|higher rates|higher rate|' +
      'pay more|spend more|raise the budget|increase the budget|raise the cap|increase the cap|' +
      'more money|can afford more|more room|premium|bump the budget|stretch the budget|up the budget',
    { k: 'rel', field: 'rate', up: true },
  ),
  ...each(
    'more senior|more experienced|more seniority|more experience|older hands|more seasoned|' +
      'higher level|more advanced|seniors|more expert',
    { k: 'rel', field: 'experience', up: true },
  ),
  ...each(
    'more junior|less senior|less experienced|less experience|lower level|' +
      'less advanced|less seniority',
    { k: 'rel', field: 'experience', up: false },
  ),
  ...each(
    'better rated|higher rated|better ratings|higher ratings|better reviews|highly rated|' +
      'well-reviewed|well-rated|highly-rated|' +
      'well rated|well reviewed|good reviews|great reviews|higher rating|better rating|' +
      'strong reviews|excellent reviews|best rated|highest rated',
    { k: 'rel', field: 'rating', up: true },
  ),
  ...each('more hours|more available|more availability|more time', {
    k: 'rel',
    field: 'hours',
    up: true,
  }),
  ...each('more experienced track record|more jobs|more track record|proven track record', {
    k: 'rel',
    field: 'jobs',
    up: true,
  }),
  // Comparatives that take the filter their clause names: "a little higher on the rate",
  // "double the budget", "half the hours", "the rate doesn't need to be lower".
  ...each(
    'higher|raise|increase|bump|bump up|up|more|bigger|larger|extend|expand|widen|' +
      'stretch|grow|go up|bring up|push up|extra|an extra|another|an additional|additional|' +
      'add another|add an extra|on top of that|tack on|throw in',
    { k: 'comp', up: true },
  ),
  ...each(
    'lower|reduce|cut|decrease|less|fewer|smaller|shrink|trim|slash|go down|off|knock|shave|' +
      'bring down|narrower|reduced|lowered|cut down',
    { k: 'comp', up: false },
  ),
  // Strictness: which way is up depends on the field ("loosen the rating" lowers a floor,
  // "loosen the budget" raises a cap), so these say strict or lenient, never up or down.
  ...each(
    'loosen|loosen up|loosen up on|ease|ease up|ease up on|ease off|ease off on|less strict|' +
      'not so strict|less restrictive|less demanding|less picky|lower the bar|more lenient|' +
      'lenient|more flexible|easier on|go easier on|go easy on|soften|relax a bit|relax slightly',
    { k: 'comp', up: true, strict: false },
  ),
  ...each(
    'tighten|tighten up|tighter|stricter|more strict|more restrictive|raise the bar|' +
      'more demanding|more selective|pickier|more picky|tougher|harder on',
    { k: 'comp', up: false, strict: true },
  ),
  // Complaints about a value as it stands: "$40 is too low", "4.8 is too strict".
  ...each(
    'too strict|too restrictive|too tight|too narrow|too demanding|too picky|too high a bar|' +
      'too harsh|too limiting',
    { k: 'comp', up: true, strict: false, complaint: true },
  ),
  ...each('too loose|too lenient|too relaxed|too low a bar|too easy', {
    k: 'comp',
    up: false,
    strict: true,
    complaint: true,
  }),
  ...each('too high|too much|too many|too big|too large|too long', {
    k: 'comp',
    up: false,
    complaint: true,
  }),
  ...each(
    'a bit high|a little high|on the high side|seems high|kinda high|kind of high|pretty high|' +
      'quite high|rather high|a bit steep|pretty steep|too steep|steep',
    { k: 'comp', up: false, complaint: true },
  ),
  ...each(
    'a bit low|a little low|on the low side|seems low|kinda low|kind of low|pretty low|' +
      'quite low|rather low',
    { k: 'comp', up: true, complaint: true },
  ),
  ...each('too low|too little|too few|too small|too short', {
    k: 'comp',
    up: true,
    complaint: true,
  }),
  ...each(
    'too expensive|too pricey|too costly|too much money|overpriced|over budget|so expensive|' +
      'really expensive|very expensive|pretty expensive|quite expensive|kinda expensive|' +
      'super expensive|so pricey|really pricey|pretty pricey|way too expensive|' +
      'a bit expensive|a little expensive|bit expensive|somewhat expensive|rather expensive|' +
      'a bit pricey|a little pricey|bit pricey|kinda pricey|kind of pricey|a tad expensive',
    {
      k: 'rel',
      field: 'rate',
      up: false,
      complaint: true,
    },
  ),
  // "Anyone under $20 is too cheap": the people below the number go, so it is a floor.
  ...each(
    'too cheap|way too cheap|suspiciously cheap|unrealistically cheap|too inexpensive|' +
      'too low a rate|too low priced|too cheaply priced|underpriced|cheap looking',
    { k: 'rel', field: 'rate', up: true, complaint: true },
  ),
  ...each(
    'so many|a pile of|pile of|piles of|a bunch of|bunch of|tons of|loads of|a load of|' +
      'all these|nothing but|more and more|even more|yet more|yet another|wall to wall',
    { k: 'comp', up: true, excess: true },
  ),
  ...each('double|twice|2x|two times|doubled', { k: 'comp', up: true, factor: 2 }),
  ...each('triple|three times|3x|tripled|treble', { k: 'comp', up: true, factor: 3 }),
  ...each('half|halve|halved|half of|by half|in half', { k: 'comp', up: false, factor: 0.5 }),
  ...each('a bit|a little|a little bit|slightly|a tad|somewhat|a touch|marginally', {
    k: 'degree',
    scale: 0.5,
  }),
  ...each('a lot|much|way|far|significantly|considerably|a great deal|substantially', {
    k: 'degree',
    scale: 2,
  }),
];
