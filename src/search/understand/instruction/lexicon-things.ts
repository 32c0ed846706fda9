import type { Field, Item, Unit } from './items.js';
import { eachPhrase } from './phrase-table.js';

// The words of a refinement that name things rather than say how: the filters by name, talent
// types and badges, experience levels, units after a number, and filler. The markers (negation,
// modes, directions, swaps) are in lexicon.ts, which lists these after its own.

const each = eachPhrase<Item>;
const filler: Item = { k: 'filler' };
const field = (f: Field): Item => ({ k: 'field', field: f });
const unit = (u: Unit): Item => ({ k: 'num', value: NaN, unit: u });

export const THING_PHRASES: [string, Item][] = [
  // Field names, for clearing ("the budget doesn't matter") and to give bare numbers a unit.
  ...each(
    'budget|rate|rates|hourly rate|hourly|price|prices|pricing|cost|costs|pay|money|fee|fees|' +
      'rate cap|rate limit|budget cap|budget limit|price cap|price limit|spend|charge|charges',
    field('rate'),
  ),
  ...each(
    'rating|ratings|stars|star rating|reviews|review score|score|rated|feedback',
    field('rating'),
  ),
  ...each('job success|job success score|jss|success rate|success score', field('job_success')),
  ...each(
    'jobs completed|completed jobs|jobs done|track record|number of jobs|job count|history|' +
      'completed projects|projects completed|contracts completed|jobs|contracts|gigs',
    field('jobs'),
  ),
  ...each(
    'availability|hours per week|hours a week|weekly hours|hours|capacity|workload|commitment',
    field('hours'),
  ),
  ...each(
    'start|start date|starting date|start by|available|availability date|can start|' +
      'start time|starting|begin|available from|available to start|availability to start',
    field('start'),
  ),
  ...each(
    'location|locations|country|countries|region|regions|place|places|where|geography|geo|' +
      'based|based in|located|located in|living in|live in|lives in|from|nationality|origin',
    field('place'),
  ),
  ...each(
    'time zone|time zones|timezone|timezones|tz|zone|our time|my time|same time as us|' +
      'same time as me|our hours|my hours',
    { k: 'tz' },
  ),
  ...each(
    'working hours|business hours|office hours|same hours|work hours|working day|workday|' +
      'business day|office day',
    { k: 'tz', workday: true },
  ),
  ...each('overlap|overlapping|overlaps|shared hours|in sync|sync', { k: 'overlap' }),
  // The client's own place, which time is measured from and nothing narrows to.
  ...each(
    "we're in|we are in|were in|we're based in|we are based in|we're located in|we are located in|" +
      "i'm in|i am in|im in|i'm based in|i am based in|our team is in|our team's in|" +
      'our team is based in|our office is in|our company is in|our hq is in|we sit in|' +
      "we work from|we're working from|i work from|our clients are in|" +
      // "Awake during our day in Chicago", "the same hours as us in Sydney".
      'our day in|our morning in|our mornings in|our afternoon in|our afternoons in|' +
      'our working day in|our workday in|our hours in|our time in|our business hours in|' +
      'our office hours in|as us in|with us in|like us in|to us in|' +
      // "We're a Berlin startup", "we're a small agency in Toronto": the client, not the people.
      "we're a|we are a|we're an|we are an|were a|i'm a|i am a|im a|i run a|we run a|" +
      "we're a small|we're a tiny|we're a young",
    { k: 'ours' },
  ),
  ...each('within|of', { k: 'within' }),
  ...each('ahead of|ahead', { k: 'within', side: 'ahead' }),
  ...each('behind', { k: 'within', side: 'behind' }),
  // "Max 4 hours difference from Berlin": a band around the place, never the place itself.
  ...each(
    'difference|time difference|apart|time gap|offset from|+/-|±|+-|plus or minus|give or take|' +
      'plus minus|plus/minus|off from|away from',
    {
      k: 'within',
    },
  ),
  ...each('language|languages|spoken languages|language requirement', field('languages')),
  ...each(
    'speak|speaks|speaking|speaker|speakers|spoken|talk|talks|communicate in|communicates in|' +
      'conversant in|knows|know|write in|writes in|knowledge of|command of|a good command of|' +
      'able to speak|can speak|can talk|talk to|deal with',
    { k: 'speak' },
  ),
  ...each(
    'experience|experience level|seniority|level|levels|years of experience|level of experience|' +
      'experience requirement|seniority requirement',
    field('experience'),
  ),
  ...each('talent type|agency or independent|kind of talent|type', field('talent')),
  ...each('badge|badges|badge requirement|certification|status', field('badges')),
  ...each(
    'required skills|required skill|skill requirement|skill requirements|must haves|must-haves',
    field('required_skills'),
  ),
  // "Make React preferred", "move React to preferred": the list, so a required skill goes to it.
  ...each(
    'preferred skills|preferences|nice to haves|nice-to-haves|preferred|a preference',
    field('preferred_skills'),
  ),
  ...each('skills|skill|tech|stack|tech stack|tools', field('skills')),
  ...each(
    'exclusions|excluded people|the excluded|excluded ones|hidden people|the people i removed',
    field('excluded'),
  ),
  // The whole project's money, never an hourly rate: "5 grand total", "12k for the whole project".
  ...each(
    'total budget|project budget|overall budget|fixed budget|fixed price|total|in total|' +
      'grand total|all in|all-in|all told|altogether|whole project|the whole project|' +
      'entire project|the entire project|for the project|for this project|whole thing|' +
      'the whole thing|entire thing|the entire thing|for everything|whole job|the whole job|' +
      'for the job|for this job|project total|total cost|total price|for the lot',
    field('budget'),
  ),
  // Money by the day, week or month: turned into an hourly rate where the hours are known.
  ...each('day rate|daily rate|day rates|daily rates|rate per day|per diem', {
    k: 'field',
    field: 'rate',
    per: 'day',
  }),
  ...each('weekly rate|weekly budget|rate per week|budget per week', {
    k: 'field',
    field: 'rate',
    per: 'week',
  }),
  ...each('monthly rate|monthly budget|monthly retainer|rate per month|budget per month', {
    k: 'field',
    field: 'rate',
    per: 'month',
  }),
  ...each('full time|full-time|fulltime|full timer|full timers|full-timer|full-timers', {
    k: 'worktime',
    full: true,
  }),
  ...each('part time|part-time|parttime|part timer|part timers|part-timer|part-timers', {
    k: 'worktime',
    full: false,
  }),
  ...each('filters|all filters|everything|all the filters|constraints|criteria|all', field('all')),
  // "No contractors from abroad": abroad is no place named, so the place filter stays.
  ...each('from abroad|abroad|from overseas|overseas|offshore', { k: 'word', text: 'abroad' }),
  // Talent type and badges.
  ...each(
    'agency|agencies|firm|firms|studio|studios|dev shop|dev shops|agency talent|' +
      'outsourcing companies|outsourcing company|outsourcing firms|consultancies|consultancy',
    {
      k: 'talent',
      value: 'agency',
    },
  ),
  ...each(
    'independent|independents|individual|individuals|solo|one person|' +
      'single person|solo freelancer|solo freelancers|independent freelancers|individual freelancers|' +
      'freelancers only|sole trader|independent contractors|self-employed|self employed|' +
      'sole traders|sole proprietors|one-person|one man band|lone freelancers|solo devs',
    { k: 'talent', value: 'independent' },
  ),
  ...each('top rated plus|top-rated plus|trp|top rated+', { k: 'badge', badge: 'top_rated_plus' }),
  ...each('top rated|top-rated|toprated', { k: 'badge', badge: 'top_rated' }),
  ...each('rising talent|rising talents|rising star|rising stars', {
    k: 'badge',
    badge: 'rising_talent',
  }),
  ...each('expert vetted|expert-vetted|vetted|vetted experts|vetted expert', {
    k: 'badge',
    badge: 'expert_vetted',
  }),
  // Experience.
  ...each(
    'senior|seniors|expert|experts|expert level|expert-level|seasoned|veteran|veterans|' +
      'highly experienced|very experienced|lead level|principal|senior level|senior-level|' +
      'senior people|senior freelancers',
    { k: 'exp', level: 'expert' },
  ),
  ...each(
    'intermediate|mid level|mid-level|midlevel|mid senior|mid-senior|some experience|' +
      'moderately experienced|experienced|reasonably experienced',
    { k: 'exp', level: 'intermediate' },
  ),
  ...each(
    'junior|juniors|entry level|entry-level|beginner|beginners|graduate|graduates|newcomer|' +
      'newcomers|novice|novices|trainee|trainees|newbie|newbies|noob|noobs|rookie|rookies|' +
      'first-timer|first-timers|first timer|first timers|greenhorn|greenhorns',
    { k: 'exp', level: 'entry' },
  ),
  // Units said after a number.
  ...each(
    'usd|dollars|dollar|bucks|an hour|per hour|a hour|/h|/hr|/hour|/ h|/ hr|/ hour|hourly|ph|p/h|' +
      'per hr|an hr|/hrs|per h|dollars an hour|dollars per hour|usd per hour|usd an hour|' +
      'usd/h|usd/hr|usd/hour|dollars/hour|dollars/h|dollars/hr|bucks an hour|an hour max',
    unit('money'),
  ),
  ...each('stars|star|★|star rating|stars rating|rating|rated|or more stars', unit('stars')),
  ...each('euro|euros|eur|eurs', { k: 'num', value: NaN, unit: 'money', currency: 'EUR' }),
  ...each('pound|pounds|gbp|quid|pounds sterling', {
    k: 'num',
    value: NaN,
    unit: 'money',
    currency: 'GBP',
  }),
  ...each('%|percent|per cent|pct', unit('percent')),
  ...each(
    'jobs|job|projects|project|contracts|contract|gigs|gig|jobs completed|completed jobs|' +
      'jobs done|projects done|completed projects|completed contracts|jobs under their belt|' +
      'finished jobs|past jobs|reviews',
    unit('jobs'),
  ),
  ...each(
    'hours a week|hours per week|hours/week|hrs a week|hrs per week|hrs/week|h/week|h/wk|' +
      'h a week|h per week|hours weekly|hours each week|hours every week|hrs/wk|hours/wk|' +
      'hours a wk|hours pw|hrs pw|h pw|hpw|a week|per week|weekly|/week|/wk',
    unit('hours_week'),
  ),
  ...each('hours|hour|hrs|hr|h', unit('hours')),
  ...each('years|year|yrs|yr|years experience|years of experience|years in', unit('years')),
  ...each('days|day|/day|/ day|/d|per day|a day|daily|each day|every day', unit('days')),
  ...each('weeks|week|wks|wk', unit('weeks')),
  ...each('months|month|/month|/mo|/ month|per month|a month|monthly', unit('months')),
  // Words that carry no meaning of their own here.
  // "4.5 out of 5": the scale, never a second rating.
  ...each('out of 5|out of five|out of 5 stars|out of 5.0|/5|/ 5|of 5', filler),
  ...each(
    "a|an|the|please|pls|plz|make|make it|it|its|it's|let's|lets|'s|can|could|would|you|we|i|me|my|our|" +
      'us|they|their|those|these|this|that|who|whom|which|someone|somebody|anyone|anybody|' +
      'everyone|everybody|folks|guys|candidates|candidate|profiles|profile|results|result|list|' +
      'shortlist|show|show me|give me|find|search|just|only want|really|actually|maybe|perhaps|' +
      'let|now|then|so|is|are|be|been|being|was|were|am|has|have|had|do|does|did|' +
      'should|will|shall|may|might|to|of|at|on|per|as|if|than|very|bit|in|' +
      'little|even|ones|one|any of|all of|some|same|okay so|' +
      'hmm|hey|hi|thanks|thank you|cool|great|good|nice|also please|go|get|getting|see|look|' +
      'looking|back|there|here|what|how|well|kind|sort|type of|kind of|sort of|level of|' +
      // Never "keep it within": "keep it within 3 hours of London" is a band, "within" says so.
      'go with|focus on|limit to|restrict to|narrow to|narrow down to|keep it to|keep them to|' +
      'keep it in|' +
      'narrow it to|filter to|filter for|want someone|want people|with|by|for|into|' +
      'take|hire|hiring|work|working|works with|who can|able to|capable|willing to|ready to|' +
      'people|person|freelancers|freelancer|talent|devs|dev|developers|developer|options|folks|ones|' +
      'filter|fit|a fit|good fit|match|matches|requirement for|anymore|any more|any longer',
    filler,
  ),
];
