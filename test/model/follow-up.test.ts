import { expect } from '@open-wc/testing';
import { isOverdue, localDay } from '../../src/model/follow-up.js';
import type { ForankringItem } from '../../src/model/plan.js';

const item = (dato: string | undefined, udfoert = false): ForankringItem =>
  ({ id: 'f1', type: 'loebende-opfoelgning', beskrivelse: '', ansvarlig: '', udfoert, ...(dato ? { dato } : {}) });

describe('follow-up (model)', () => {
  it('writes the reader\'s local day as the plan writes dates, just before and after midnight', () => {
    expect(localDay(new Date(2027, 0, 5, 23, 59))).to.equal('2027-01-05');
    expect(localDay(new Date(2027, 11, 31, 0, 1))).to.equal('2027-12-31');
  });

  it('calls an agreement overdue only when it is not done and its date is before today', () => {
    const today = '2027-05-03';
    expect(isOverdue(item('2027-05-02'), today)).to.equal(true);
    expect(isOverdue(item('2027-05-03'), today), 'due today').to.equal(false);
    expect(isOverdue(item('2027-05-04'), today)).to.equal(false);
    expect(isOverdue(item('2027-04-01', true), today), 'done').to.equal(false);
    expect(isOverdue(item(undefined), today), 'no date').to.equal(false);
  });
});
