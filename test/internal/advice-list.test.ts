/**
 * The advice list keyed by advice (see advice-list.ts): besides keeping nodes of advice that stays
 * (advice-regions.test.ts), it must show any list it is given, in order, whatever came before.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderAdviceItems } from '../../src/internal/advice-list.js';
import type { Advice } from '../../src/model/advice.js';
import { described, expectSameNode } from '../helpers/dom.js';

const advice = (id: string, message: string): Advice => ({ id, severity: 'info', field: 'opgave', message });
/** Three rules' advice, shown as "Suggestion: a" and so on. */
const [a, b, c] = [advice('opgave-mangler', 'a'), advice('opgave-sammensat', 'b'), advice('tempo-mangler', 'c')];

describe('renderAdviceItems', () => {
  it('keeps the node of one rule\'s advice about a second group when the first goes (screen readers would read it again)', () => {
    const about = (message: string): Advice => ({ id: 'ansvar-uden-maal', severity: 'warning', field: 'opgave', message });
    const list = document.createElement('ul');
    render(renderAdviceItems([about('Hjælpere'), about('Vikarer')], 'da'), list);
    const second = list.querySelectorAll('li')[1]!;
    render(renderAdviceItems([about('Vikarer')], 'da'), list);
    expectSameNode(list.querySelector('li'), second);
  });

  const container = document.createElement('div');
  const show = (list: Advice[]) => {
    render(renderAdviceItems(list, 'en'), container);
    return [...container.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  };

  it('shows every list in order: removed, added, reordered and repeated advice', () => {
    expect(show([a!, b!, c!])).to.deep.equal(['Suggestion: a', 'Suggestion: b', 'Suggestion: c']);
    expect(show([c!, a!])).to.deep.equal(['Suggestion: c', 'Suggestion: a']);
    expect(show([b!, c!, a!, b!])).to.deep.equal(['Suggestion: b', 'Suggestion: c', 'Suggestion: a', 'Suggestion: b']);
    expect(show([b!])).to.deep.equal(['Suggestion: b']);
    expect(show([advice('opgave-sammensat', 'other'), b!])).to.deep.equal(['Suggestion: other', 'Suggestion: b']);
    expect(show([])).to.deep.equal([]);
  });

  it('does not move advice that stays when advice after it goes, and leaves no markers behind', () => {
    show([a!, b!, c!]);
    const list = container.querySelector('ul')!;
    const moved: Node[] = [];
    const watch = new MutationObserver((records) => records.forEach((r) => moved.push(...r.addedNodes)));
    watch.observe(list, { childList: true });
    for (let i = 0; i < 20; i++) {
      show([a!, b!]);
      show([a!, b!, c!]);
    }
    show([a!, b!]);
    watch.takeRecords().forEach((r) => moved.push(...r.addedNodes));
    watch.disconnect();
    const [first, second] = container.querySelectorAll('li');
    expect(moved.filter((n) => n === first || n === second).map(described), 'a and b never re-inserted').to.deep.equal([]);
    const markers = [...list.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE).length;
    expect(markers, 'two markers per item and the list\'s own').to.be.at.most(2 * 2 + 2);
  });

  it('keeps the nodes of advice that stays, also when the same advice comes twice', () => {
    show([a!, b!, b!]);
    const [, first, second] = container.querySelectorAll('li');
    show([b!, b!, c!]);
    const now = container.querySelectorAll('li');
    expectSameNode(now[0], first);
    expectSameNode(now[1], second);
  });
});
