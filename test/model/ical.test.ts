import { expect } from '@open-wc/testing';
import { examples } from '../../src/model/examples/index.js';
import { escapeText, foldLine, hasCalendarDates, planToICalendar } from '../../src/model/ical.js';
import { exampleIds } from '../../src/model/ids.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/** RFC 5545 §3.1: remove every CRLF followed by one space or tab. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const contentLines = (ics: string) => unfold(ics).split('\r\n').slice(0, -1);

/** Reverses TEXT escaping. */
const unescapeText = (s: string) => s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

type Props = Record<string, string>;
/** The VEVENTs as maps from property name (parameters kept, e.g. `DTSTART;VALUE=DATE`) to raw value. */
function events(ics: string): Props[] {
  const out: Props[] = [];
  let current: Props | undefined;
  for (const line of contentLines(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return out;
}

function datedPlan(): Plan {
  const plan = createPlan({ id: 'plan-1', titel: 'Måltidet er mere end mad', updatedAt: '2027-03-15T08:30:05.123Z' });
  plan.opgave.beskrivelse = 'Vi laver maden ude hos beboerne.';
  plan.traeningsbane.periode = { start: '2027-01-10', slut: '2027-02-28' };
  plan.hverdag.overgang = { type: 'individuel', beskrivelse: 'Når kørekortet er taget', dato: '2027-03-01', ikkeKlar: '' };
  plan.hverdag.forankring = [
    { id: 'f1', type: 'opfoelgning-paa-maal', beskrivelse: 'Praksisgennemgang', ansvarlig: 'Ressourceperson', dato: '2027-04-15', udfoert: false },
    { id: 'f2', type: 'loebende-stoette', beskrivelse: 'Uden dato', ansvarlig: '', udfoert: false },
    { id: 'f3', type: 'loebende-opfoelgning', beskrivelse: 'Refleksion efter måltidet', ansvarlig: 'Teamet', dato: '2027-12-31', udfoert: true },
  ];
  return plan;
}

describe('planToICalendar', () => {
  describe('the calendar', () => {
    it('has the calendar properties and CRLF line endings only', () => {
      const ics = planToICalendar(datedPlan());
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
      expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
      const lines = contentLines(ics);
      expect(lines).to.include('CALSCALE:GREGORIAN');
      expect(lines.some((l) => l.startsWith('PRODID:-//kompetence-elements//'))).to.equal(true);
      expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    });

    it('gives no event for a plan without dates, still a calendar', () => {
      for (const id of exampleIds) {
        const ics = planToICalendar(examples[id]);
        expect(events(ics), id).to.deep.equal([]);
        expect(ics).to.contain('BEGIN:VCALENDAR\r\n');
        expect(ics).to.contain('VERSION:2.0\r\n');
        expect(ics).not.to.contain('BEGIN:VEVENT');
      }
      expect(events(planToICalendar(createPlan()))).to.deep.equal([]);
    });

    it('is the same text on every call (DTSTAMP from updatedAt, in UTC basic format)', () => {
      const plan = datedPlan();
      expect(planToICalendar(plan)).to.equal(planToICalendar(plan));
      expect(events(planToICalendar(plan)).map((e) => e['DTSTAMP'])).to.deep.equal(Array(4).fill('20270315T083005Z'));
    });
  });

  describe('events', () => {
    it('has the training period, the transition and each dated anchoring item, all-day with exclusive ends', () => {
      const list = events(planToICalendar(datedPlan()));
      expect(list).to.have.length(4);
      const dates = list.map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE']]);
      expect(dates).to.deep.equal([
        ['20270110', '20270301'], // 28 February is the last day of training
        ['20270301', '20270302'],
        ['20270415', '20270416'],
        ['20271231', '20280101'],
      ]);
      for (const e of list) {
        expect(e['UID']).to.match(/@kompetence-elements$/);
        expect(e['DTSTAMP']).to.match(/^\d{8}T\d{6}Z$/);
      }
    });

    it('names the event first and the plan after it in every summary (a month view shows the first words)', () => {
      const summaries = events(planToICalendar(datedPlan())).map((e) => unescapeText(e['SUMMARY']!));
      expect(summaries).to.deep.equal([
        'Træningsbane – Måltidet er mere end mad',
        'Overgang til hverdag – Måltidet er mere end mad',
        'Opfølgning på mål: Praksisgennemgang – Måltidet er mere end mad',
        'Løbende opfølgning: Refleksion efter måltidet – Måltidet er mere end mad',
      ]);
    });

    it('writes a title with line breaks on one line (its text box grows with the text)', () => {
      const plan = datedPlan();
      plan.titel = 'Måltidet er\nmere end  mad ';
      const ics = planToICalendar(plan);
      expect(unescapeText(events(ics)[0]!['SUMMARY']!)).to.equal('Træningsbane – Måltidet er mere end mad');
      expect(ics).to.include('X-WR-CALNAME:Måltidet er mere end mad\r\n');
    });

    it('shortens a long title to 100 characters in the calendar\'s name and each summary (the file grew with title × events)', () => {
      const plan = datedPlan();
      plan.titel = 'Måltid '.repeat(20_000);
      const ics = planToICalendar(plan);
      const name = `${'Måltid '.repeat(15).slice(0, 99).trimEnd()}…`;
      expect(unescapeText(events(ics)[0]!['SUMMARY']!)).to.equal(`Træningsbane – ${name}`);
      expect(ics.length).to.be.below(5_000);
    });

    it('shortens a long item in the summary between whole characters: an emoji, a flag, an accented letter', () => {
      const summaryOf = (beskrivelse: string) => {
        const plan = datedPlan();
        plan.hverdag.forankring[0]!.beskrivelse = beskrivelse;
        return unescapeText(events(planToICalendar(plan))[2]!['SUMMARY']!);
      };
      // 58 letters, then the character the cut falls on (the 59th is the last kept before "…").
      const head = 'x'.repeat(58);
      for (const char of ['👩‍👩‍👧', '🇩🇰', 'e\u0301']) {
        expect(summaryOf(`${head}${char}${'y'.repeat(10)}`), char).to.equal(`Opfølgning på mål: ${head}${char}… – Måltidet er mere end mad`);
      }
    });

    it('describes anchoring items with the responsible person (and done)', () => {
      const [, , follow, ongoing] = events(planToICalendar(datedPlan()));
      expect(unescapeText(follow!['DESCRIPTION']!)).to.equal('Praksisgennemgang\n\nAnsvarlig: Ressourceperson');
      expect(unescapeText(ongoing!['DESCRIPTION']!)).to.equal('Refleksion efter måltidet\n\nAnsvarlig: Teamet\n\nUdført');
    });

    it('describes the training period with the task and its ground rules, and the transition with what happens to those not ready', () => {
      const plan = datedPlan();
      plan.traeningsbane.spilleregler = 'Man må fejle, mens man øver sig';
      plan.hverdag.overgang.ikkeKlar = 'Støttes af en ressourceperson';
      for (const [lang, expected] of [
        ['da', ['Opgave: Vi laver maden ude hos beboerne.\n\nSpilleregler: Man må fejle, mens man øver sig',
          'Når kørekortet er taget\n\nDe, der ikke er klar endnu: Støttes af en ressourceperson']],
        ['en', ['Task: Vi laver maden ude hos beboerne.\n\nGround rules: Man må fejle, mens man øver sig',
          'Når kørekortet er taget\n\nThose not yet ready: Støttes af en ressourceperson']],
      ] as const) {
        const [period, transition] = events(planToICalendar(plan, { lang }));
        expect([unescapeText(period!['DESCRIPTION']!), unescapeText(transition!['DESCRIPTION']!)], lang).to.deep.equal(expected);
      }
    });

    it('names an anchoring item with no description by its kind alone, without a dangling colon', () => {
      const plan = createPlan({ id: 'p', titel: 'T' });
      plan.hverdag.forankring = [{ id: 'f', type: 'opfoelgning-paa-maal', beskrivelse: ' ', ansvarlig: '', dato: '2027-04-15', udfoert: false }];
      expect(events(planToICalendar(plan)).map((e) => unescapeText(e['SUMMARY']!))).to.deep.equal(['Opfølgning på mål – T']);
    });

    it('shows every event as free time, not busy (a training period of weeks would block the team\'s calendars)', () => {
      const list = events(planToICalendar(datedPlan()));
      expect(list.map((e) => e['TRANSP'])).to.deep.equal(Array(4).fill('TRANSPARENT'));
    });

    it('writes no empty DESCRIPTION for an event with nothing to describe', () => {
      const plan = createPlan({ id: 'p', titel: 'T' });
      plan.traeningsbane.periode = { start: '2027-01-10', slut: '2027-02-28' };
      plan.hverdag.overgang = { type: 'faelles', beskrivelse: '', dato: '2027-03-01', ikkeKlar: ' ' };
      const list = events(planToICalendar(plan));
      expect(list).to.have.length(2);
      for (const e of list) expect(e).not.to.have.property('DESCRIPTION');
    });

    it('skips a date that is no day of the calendar (30 February), in a plan not parsed', () => {
      const plan = createPlan({ id: 'p', titel: 'T' });
      plan.traeningsbane.periode = { start: '2027-02-30' };
      plan.hverdag.overgang.dato = '2027-04-31';
      plan.hverdag.forankring = [{ id: 'f', type: 'opfoelgning-paa-maal', beskrivelse: '', ansvarlig: '', udfoert: false, dato: '2027-02-29' }];
      expect(planToICalendar(plan)).not.to.contain('DTSTART');
      expect(hasCalendarDates(plan)).to.equal(false);
    });

    it('marks the known end when only one end of the period is known', () => {
      const plan = createPlan({ id: 'p', titel: 'T' });
      plan.traeningsbane.periode = { start: '2028-02-28' };
      let [only, ...rest] = events(planToICalendar(plan));
      expect(rest).to.deep.equal([]);
      expect(only!['DTSTART;VALUE=DATE']).to.equal('20280228');
      expect(only!['DTEND;VALUE=DATE']).to.equal('20280229'); // leap year
      expect(unescapeText(only!['SUMMARY']!)).to.equal('Træningsbanen begynder – T');

      plan.traeningsbane.periode = { slut: '2027-06-30' };
      [only, ...rest] = events(planToICalendar(plan));
      expect(rest).to.deep.equal([]);
      expect([only!['DTSTART;VALUE=DATE'], only!['DTEND;VALUE=DATE']]).to.deep.equal(['20270630', '20270701']);
      expect(unescapeText(only!['SUMMARY']!)).to.equal('Træningsbanen slutter – T');
    });

    it('never lets an event run backwards: a reversed period gives two markers', () => {
      const plan = createPlan({ id: 'p', titel: 'T' });
      plan.traeningsbane.periode = { start: '2027-05-01', slut: '2027-04-01' };
      const list = events(planToICalendar(plan));
      expect(list.map((e) => e['DTSTART;VALUE=DATE'])).to.deep.equal(['20270501', '20270401']);
      for (const e of list) expect(e['DTEND;VALUE=DATE']! > e['DTSTART;VALUE=DATE']!).to.equal(true);
    });

    it('gives the length instead of an end after 9999-12-31, the last date iCalendar can write', () => {
      const plan = createPlan({ id: 'p' });
      plan.traeningsbane.periode = { start: '9999-12-01', slut: '9999-12-31' };
      plan.hverdag.overgang.dato = '9999-12-31';
      const [period, transition] = events(planToICalendar(plan));
      expect(period!['DTSTART;VALUE=DATE']).to.equal('99991201');
      expect(period!['DTEND;VALUE=DATE']).to.equal(undefined);
      expect(period!['DURATION']).to.equal('P31D');
      expect(transition!['DURATION']).to.equal('P1D');
      expect(planToICalendar(plan)).not.to.match(/[+-]\d{6}/);
    });

    it('a one-day period ends the next day', () => {
      const plan = createPlan({ id: 'p' });
      plan.traeningsbane.periode = { start: '2027-01-10', slut: '2027-01-10' };
      const [e] = events(planToICalendar(plan));
      expect([e!['DTSTART;VALUE=DATE'], e!['DTEND;VALUE=DATE']]).to.deep.equal(['20270110', '20270111']);
      expect(unescapeText(e!['SUMMARY']!)).to.equal('Træningsbane – Kompetenceplan'); // no title
    });
  });

  describe('SEQUENCE', () => {
    it('is the same for the same plan and grows with each edit, so a calendar takes a newer download as an update', () => {
      const sequences = (plan: Plan) => events(planToICalendar(plan)).map((e) => Number(e['SEQUENCE']));
      const plan = datedPlan();
      plan.updatedAt = '2027-01-05T09:00:00.000Z';
      const first = sequences(plan);
      expect(first).to.have.length(4);
      expect(new Set(first).size).to.equal(1);
      expect(first[0]).to.be.greaterThan(0);
      expect(sequences(plan)).to.deep.equal(first);
      plan.updatedAt = '2027-01-05T09:01:00.000Z';
      expect(sequences(plan)[0]).to.be.greaterThan(first[0]!);
    });

    it('is 0, never negative or NaN, for a time before 1970 or none', () => {
      const plan = datedPlan();
      for (const updatedAt of ['1960-01-01T00:00:00.000Z', 'not a time']) {
        plan.updatedAt = updatedAt;
        expect(events(planToICalendar(plan)).map((e) => e['SEQUENCE'])).to.deep.equal(['0', '0', '0', '0']);
      }
    });
  });

  describe('UIDs', () => {
    it('are stable across calls and unique within a calendar', () => {
      const uids = (plan: Plan) => events(planToICalendar(plan)).map((e) => e['UID']);
      const first = uids(datedPlan());
      expect(uids(datedPlan())).to.deep.equal(first);
      expect(new Set(first).size).to.equal(first.length);
      expect(first[0]).to.equal('plan-1/traeningsbane@kompetence-elements');
      expect(first[2]).to.equal('plan-1/forankring/f1@kompetence-elements');
    });

    it('do not depend on the language or the texts', () => {
      const plan = datedPlan();
      const da = events(planToICalendar(plan)).map((e) => e['UID']);
      plan.titel = 'Andet';
      plan.hverdag.forankring[0]!.beskrivelse = 'Andet';
      expect(events(planToICalendar(plan, { lang: 'en' })).map((e) => e['UID'])).to.deep.equal(da);
    });

    it('stay unique with repeated item ids and with ids made to collide', () => {
      const plan = datedPlan();
      plan.hverdag.forankring[2]!.id = 'f1';
      const list = events(planToICalendar(plan)).map((e) => e['UID']);
      expect(new Set(list).size).to.equal(list.length);

      // A plan id holding a separator cannot pose as another plan's item.
      const a = createPlan({ id: 'x/forankring/y' });
      a.traeningsbane.periode = { start: '2027-01-01', slut: '2027-01-02' };
      const b = createPlan({ id: 'x' });
      b.hverdag.forankring = [{ id: 'y/traeningsbane', type: 'loebende-stoette', beskrivelse: '', ansvarlig: '', dato: '2027-01-01', udfoert: false }];
      expect(events(planToICalendar(a))[0]!['UID']).not.to.equal(events(planToICalendar(b))[0]!['UID']);
    });

    it('are made from ids holding a lone surrogate (an id cut in the middle of an emoji) without throwing', () => {
      const plan = datedPlan();
      plan.id = 'plan-\uD83D';
      plan.hverdag.forankring[0]!.id = '\uDE00f1';
      const uids = events(planToICalendar(plan)).map((e) => e['UID']);
      expect(uids[0]).to.equal('plan-%EF%BF%BD/traeningsbane@kompetence-elements');
      expect(uids[2]).to.equal('plan-%EF%BF%BD/forankring/%EF%BF%BDf1@kompetence-elements');
    });

    it('keep the UID the training period\'s end alone had in files written before (a calendar updates that event, not adds a second)', () => {
      const plan = datedPlan();
      plan.traeningsbane.periode = { slut: '2027-03-31' };
      expect(events(planToICalendar(plan))[0]!['UID']).to.equal('plan-1/traeningsbane-slut@kompetence-elements');
    });

    it('keep the period\'s event when only its start was given and the end comes later (it stayed behind as a second event)', () => {
      const plan = datedPlan();
      plan.traeningsbane.periode = { start: '2027-01-10' };
      const [before] = events(planToICalendar(plan));
      plan.traeningsbane.periode = { start: '2027-01-10', slut: '2027-03-31' };
      const [after] = events(planToICalendar(plan));
      expect(after!['UID']).to.equal(before!['UID']);
      expect(unescapeText(after!['SUMMARY']!)).not.to.equal(unescapeText(before!['SUMMARY']!));
    });

    it('differ between plans', () => {
      const other = datedPlan();
      other.id = 'plan-2';
      const mine = new Set(events(planToICalendar(datedPlan())).map((e) => e['UID']));
      const theirs = events(planToICalendar(other)).map((e) => e['UID']);
      expect(theirs).to.have.length(4);
      expect(theirs.filter((uid) => mine.has(uid))).to.deep.equal([]);
    });
  });

  describe('the calendar\'s name', () => {
    it('is the plan\'s title, escaped, or the kind of plan when it has none', () => {
      const plan = datedPlan();
      plan.titel = 'Titel; med, tegn';
      expect(contentLines(planToICalendar(plan))).to.include('X-WR-CALNAME:Titel\\; med\\, tegn');
      plan.titel = ' ';
      expect(contentLines(planToICalendar(plan, { lang: 'en' }))).to.include('X-WR-CALNAME:Competence plan');
    });
  });

  describe('TEXT escaping', () => {
    it('escapes backslash, semicolon, comma and line breaks', () => {
      expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    });

    it('drops control characters and repairs lone surrogates, keeps tabs and emoji', () => {
      expect(escapeText('a\u0000b\u0007c\td\u007F')).to.equal('abc\td');
      expect(escapeText('x\uD83Dy\uDE00z 😀')).to.equal('x\uFFFDy\uFFFDz 😀');
    });

    it('escapes plan texts in the calendar and unescaping restores them', () => {
      const plan = datedPlan();
      const text = 'Tjek: a;b, c\\d\nNy linje';
      plan.titel = 'Titel; med, tegn';
      plan.hverdag.forankring[0]!.beskrivelse = text;
      const ics = planToICalendar(plan);
      const [, , follow] = events(ics);
      expect(follow!['SUMMARY']).to.equal('Opfølgning på mål: Tjek: a\\;b\\, c\\\\d – Titel\\; med\\, tegn');
      expect(unescapeText(follow!['DESCRIPTION']!)).to.equal(`${text}\n\nAnsvarlig: Ressourceperson`);
      // No raw newline or unescaped separator leaks into a content line's value.
      for (const line of contentLines(ics)) expect(line).not.to.match(/[\r\n]/);
    });
  });

  describe('line folding', () => {
    function longPlan(): { plan: Plan; text: string } {
      const plan = datedPlan();
      const text = `${'æøå'.repeat(40)} 😀 ${'Løbende støtte, også om natten; '.repeat(6)}${'x'.repeat(73)}ø😀`;
      plan.hverdag.forankring[0]!.beskrivelse = text;
      plan.titel = 'Ø'.repeat(50);
      return { plan, text };
    }

    it('keeps every physical line within 75 octets', () => {
      for (const plan of [longPlan().plan, datedPlan()]) {
        for (const lang of ['da', 'en'] as const) {
          for (const line of physicalLines(planToICalendar(plan, { lang }))) {
            expect(octets(line), line).to.be.at.most(75);
          }
        }
      }
    });

    it('folds long lines, and unfolding restores the text', () => {
      const { plan, text } = longPlan();
      const ics = planToICalendar(plan);
      expect(physicalLines(ics).some((l) => l.startsWith(' '))).to.equal(true);
      const [, , follow] = events(ics);
      expect(unescapeText(follow!['DESCRIPTION']!)).to.equal(`${text}\n\nAnsvarlig: Ressourceperson`);
    });

    it('never splits a multi-byte character or a surrogate pair', () => {
      const { plan } = longPlan();
      for (const line of physicalLines(planToICalendar(plan))) {
        expect(line).not.to.match(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        expect(line).not.to.match(/^ ?[\uDC00-\uDFFF]/);
        // Each physical line is whole UTF-8 on its own.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(line))).to.equal(line);
      }
    });

    it('foldLine: exactly 75 octets stay on one line; 2- and 4-byte characters move whole', () => {
      expect(foldLine('a'.repeat(75))).to.equal('a'.repeat(75));
      expect(foldLine('a'.repeat(76))).to.equal(`${'a'.repeat(75)}\r\n a`);
      // 74 ASCII + "ø" (2 octets) would be 76: the "ø" goes to the next line.
      expect(foldLine(`${'a'.repeat(74)}ø`)).to.equal(`${'a'.repeat(74)}\r\n ø`);
      expect(foldLine(`${'a'.repeat(73)}ø`)).to.equal(`${'a'.repeat(73)}ø`);
      expect(foldLine(`${'a'.repeat(72)}😀`)).to.equal(`${'a'.repeat(72)}\r\n 😀`);
      const folded = foldLine('ø'.repeat(200));
      for (const line of folded.split('\r\n')) expect(octets(line)).to.be.at.most(75);
      expect(folded.replace(/\r\n /g, '')).to.equal('ø'.repeat(200));
    });

    it('foldLine: keeps an escape sequence on one line', () => {
      const folded = foldLine(`${'a'.repeat(74)}\\,b`);
      expect(folded).to.equal(`${'a'.repeat(74)}\r\n \\,b`);
    });
  });

  describe('labels', () => {
    it('are English with lang: en; plan texts stay as written', () => {
      const ics = planToICalendar(datedPlan(), { lang: 'en' });
      const list = events(ics);
      expect(list.map((e) => unescapeText(e['SUMMARY']!))).to.deep.equal([
        'Training ground – Måltidet er mere end mad',
        'Transition to everyday work – Måltidet er mere end mad',
        'Follow-up on goals: Praksisgennemgang – Måltidet er mere end mad',
        'Ongoing follow-up: Refleksion efter måltidet – Måltidet er mere end mad',
      ]);
      expect(unescapeText(list[2]!['DESCRIPTION']!)).to.equal('Praksisgennemgang\n\nResponsible: Ressourceperson');
      expect(unescapeText(list[3]!['DESCRIPTION']!)).to.contain('Done');
      expect(contentLines(ics).find((l) => l.startsWith('PRODID:'))).to.match(/\/\/EN$/);
    });

    it('name the training period ends in English', () => {
      const plan = createPlan({ id: 'p', titel: 'T' });
      plan.traeningsbane.periode = { start: '2027-01-01' };
      expect(unescapeText(events(planToICalendar(plan, { lang: 'en' }))[0]!['SUMMARY']!)).to.equal('Training ground begins – T');
      expect(events(planToICalendar(createPlan(), { lang: 'en' }))).to.deep.equal([]);
    });
  });
});

describe('planToICalendar: mobility arrangements (the weeks an employee is away from the team)', () => {
  type Mobility = Plan['mobilitet'][number];
  const arrangement = (edit: Partial<Mobility> = {}): Mobility => ({
    id: 'm1', form: 'udlaan', afgivende: 'Plejecentret', modtagende: 'Apoteket\nKontrolafdelingen', ugedage: [],
    periode: { start: '2027-01-10', slut: '2027-02-10' }, formaal: 'Doseringsfejl hos os',
    laeringsmaal: '', kontakt: '', daekning: '', tilbagevenden: '',
    vilkaar: { ansvarsomraader: '', ferie: '', sygdom: '' }, ...edit,
  });
  const withMobility = (...items: Mobility[]) => ({ ...createPlan({ id: 'p', titel: 'T' }), mobilitet: items });
  const summaries = (plan: Plan, lang: 'da' | 'en' = 'da') => events(planToICalendar(plan, { lang })).map((e) => unescapeText(e['SUMMARY']!));

  it('gives an arrangement with a period one all-day event, named by its form and the receiving workplace', () => {
    const [event, ...rest] = events(planToICalendar(withMobility(arrangement())));
    expect(rest).to.deep.equal([]);
    expect([event!['DTSTART;VALUE=DATE'], event!['DTEND;VALUE=DATE']]).to.deep.equal(['20270110', '20270211']);
    expect(unescapeText(event!['SUMMARY']!)).to.equal('Udlån til eksterne samarbejdspartnere: Apoteket – T');
    expect(unescapeText(event!['DESCRIPTION']!)).to.equal(
      'Formål: Doseringsfejl hos os\n\nAfgivende arbejdsplads: Plejecentret\n\nModtagende arbejdsplads: Apoteket\nKontrolafdelingen',
    );
    expect(event!['UID']).to.equal('p/mobilitet/m1@kompetence-elements');
  });

  it('is in English with lang: en, the plan\'s own texts as written', () => {
    const plan = withMobility(arrangement({ form: undefined, modtagende: '' }));
    expect(summaries(plan, 'en')).to.deep.equal(['Mobility – T']);
    expect(unescapeText(events(planToICalendar(plan, { lang: 'en' }))[0]!['DESCRIPTION']!)).to.equal(
      'Purpose: Doseringsfejl hos os\n\nSending workplace: Plejecentret',
    );
  });

  it('marks the first and the last day when only one is known or they are reversed, and gives nothing without a date', () => {
    const plan = withMobility(
      arrangement({ id: 'a', periode: { start: '2027-05-01' } }),
      arrangement({ id: 'b', form: 'udstationering', periode: { start: '2027-06-10', slut: '2027-06-01' } }),
      arrangement({ id: 'c', periode: undefined }),
    );
    expect(summaries(plan)).to.deep.equal([
      'Udlån til eksterne samarbejdspartnere: Apoteket, første dag – T',
      'Udstationering centralt og decentralt: Apoteket, første dag – T',
      'Udstationering centralt og decentralt: Apoteket, sidste dag – T',
    ]);
    expect(summaries(plan, 'en')[2]).to.equal('Secondment between central and local units: Apoteket, last day – T');
    expect(events(planToICalendar(plan)).map((e) => e['UID'])).to.deep.equal([
      'p/mobilitet/a@kompetence-elements', 'p/mobilitet/b@kompetence-elements', 'p/mobilitet/b/slut@kompetence-elements',
    ]);
  });

  it('keeps UIDs apart for arrangements with the same id, and from the training period\'s', () => {
    const plan = withMobility(arrangement(), arrangement(), arrangement({ id: 'traeningsbane' }));
    plan.traeningsbane.periode = { start: '2027-01-01', slut: '2027-01-31' };
    const uids = events(planToICalendar(plan)).map((e) => e['UID']);
    expect(new Set(uids).size).to.equal(4);
  });

  it('counts for hasCalendarDates, so the calendar buttons are enabled by a mobility period alone', () => {
    expect(hasCalendarDates(withMobility(arrangement({ periode: { slut: '2027-02-01' } })))).to.equal(true);
    expect(hasCalendarDates(withMobility(arrangement({ periode: undefined })))).to.equal(false);
  });
});

describe('hasCalendarDates', () => {
  const hasEvent = (plan: Plan) => planToICalendar(plan).includes('BEGIN:VEVENT');
  const base = createPlan();
  const cases: [string, Plan, boolean][] = [
    ['no dates', base, false],
    ['only a training start', { ...base, traeningsbane: { ...base.traeningsbane, periode: { start: '2027-02-01' } } }, true],
    ['only a training end', { ...base, traeningsbane: { ...base.traeningsbane, periode: { slut: '2027-03-01' } } }, true],
    ['only a transition date', { ...base, hverdag: { ...base.hverdag, overgang: { ...base.hverdag.overgang, dato: '2027-05-01' } } }, true],
    ['an anchoring item with a date', {
      ...base,
      hverdag: { ...base.hverdag, forankring: [{ id: 'f', type: 'opfoelgning-paa-maal', beskrivelse: '', ansvarlig: '', udfoert: false, dato: '2027-06-01' }] },
    }, true],
    ['an anchoring item without one', {
      ...base,
      hverdag: { ...base.hverdag, forankring: [{ id: 'f', type: 'opfoelgning-paa-maal', beskrivelse: '', ansvarlig: '', udfoert: false }] },
    }, false],
  ];
  for (const [name, plan, dates] of cases) {
    it(`says whether there is a date, as planToICalendar writes one: ${name}`, () => {
      expect(hasCalendarDates(plan)).to.equal(dates);
      expect(hasEvent(plan)).to.equal(dates);
    });
  }

  it('agrees with planToICalendar on every worked example, as it is and with a training period', () => {
    for (const id of exampleIds) {
      const example = examples[id] as Plan;
      const dated = { ...example, traeningsbane: { ...example.traeningsbane, periode: { start: '2027-02-01', slut: '2027-03-01' } } };
      expect(hasCalendarDates(example), id).to.equal(hasEvent(example));
      expect([hasCalendarDates(dated), hasEvent(dated)], `${id} with a period`).to.deep.equal([true, true]);
    }
  });
});
