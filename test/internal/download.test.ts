/**
 * The file names of downloads (the plan's JSON and calendar, field 5's calendar) come from the
 * plan's title through `fileSlug`, or are the element's fallback name when it gives none.
 */
import { expect } from '@open-wc/testing';
import { fileSlug } from '../../src/internal/download.js';

describe('fileSlug', () => {
  it('makes an ASCII name with dashes from a title', () => {
    expect(fileSlug('Konflikter i Børnehuset')).to.equal('konflikter-i-boernehuset');
    expect(fileSlug('  Måltidet: «ro» & nærvær! ')).to.equal('maaltidet-ro-naervaer');
    expect(fileSlug('!?')).to.equal('');
  });

  it('cuts a long title to at most 60 characters, with no dash left at the end', () => {
    const title = 'Samtaler med pårørende om hverdagen på plejecentret, hver uge efter frokost';
    expect(fileSlug(title)).to.equal('samtaler-med-paaroerende-om-hverdagen-paa-plejecentret-hver');
    expect(fileSlug('x'.repeat(80))).to.equal('x'.repeat(60));
  });

  it('gives no name for a title Windows keeps for a device, in any case, so the caller\'s fallback is used', () => {
    for (const title of ['CON', 'nul', 'Prn', 'aux', 'com1', 'COM9', 'Com0', 'LPT9', 'lpt1', ' Aux ', 'Com¹', 'aux!']) {
      expect(fileSlug(title), title).to.equal('');
    }
  });

  it('leaves titles that only begin or end like a device name as they are (also "aux.json": "aux-json" is no device)', () => {
    for (const [title, slug] of [
      ['aux.json', 'aux-json'], ['Console', 'console'], ['com10', 'com10'], ['LPT', 'lpt'],
      ['Con amore', 'con-amore'], ['Nul fejl', 'nul-fejl'], ['Auxiliary', 'auxiliary'],
    ]) {
      expect(fileSlug(title!), title).to.equal(slug);
    }
  });
});
