import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/model/format-date.js';
import { formatTime } from '../../src/internal/format-date.js';

describe('formatDate and formatTime', () => {
  it('write every month as Intl does, without making an Intl.DateTimeFormat (the first one froze a slow PC 0.1-0.3 s)', () => {
    const real = Intl.DateTimeFormat;
    const expected = (lang: 'da' | 'en', iso: string) =>
      new real(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    const cases = [...Array(12).keys()].map((m) => `2027-${String(m + 1).padStart(2, '0')}-0${(m % 9) + 1}`);
    const wanted = cases.flatMap((iso) => [expected('da', iso), expected('en', iso)]);
    let made = 0;
    Intl.DateTimeFormat = new Proxy(real, { construct: (target, args) => { made += 1; return Reflect.construct(target, args); } });
    try {
      expect(cases.flatMap((iso) => [formatDate(iso, 'da'), formatDate(iso, 'en')])).to.deep.equal(wanted);
      formatTime('2027-03-15T13:05:00.000Z', 'da');
      expect(made, 'Intl.DateTimeFormat made').to.equal(0);
    } finally {
      Intl.DateTimeFormat = real;
    }
  });

  it('write a calendar day as the language does, the same day in every time zone', () => {
    expect(formatDate('2027-03-15', 'da')).to.equal('15. marts 2027');
    expect(formatDate('2027-03-15', 'en')).to.equal('15 March 2027');
    expect(formatDate('2027-01-01', 'da'), 'not the evening before west of UTC').to.equal('1. januar 2027');
  });

  it('write a timestamp as the day and time in the reader\'s time zone, alternating languages and styles', () => {
    const iso = '2027-03-15T13:05:00.000Z';
    const local = new Date(iso);
    const day = local.getDate();
    const time = `${String(local.getHours()).padStart(2, '0')}.${String(local.getMinutes()).padStart(2, '0')}`;
    // Each language and style keeps its own format when they are used in turn.
    for (let i = 0; i < 2; i++) {
      expect(formatDate(iso, 'da')).to.equal(`${day}. marts 2027`);
      expect(formatTime(iso, 'da', false)).to.equal(time);
      expect(formatTime(iso, 'da')).to.equal(`${day}. marts 2027 kl. ${time}`);
      expect(formatDate(iso, 'en')).to.equal(`${day} March 2027`);
      expect(formatTime(iso, 'en', false)).to.equal(time.replace('.', ':'));
    }
  });

  it('give back what is no date as it is', () => {
    expect(formatDate('snart', 'da')).to.equal('snart');
  });
});
