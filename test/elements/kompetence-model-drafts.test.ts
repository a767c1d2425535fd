/** The draft storage of <kompetence-model> (src/elements/kompetence-model/drafts.ts), with a fake Storage. */
import { expect } from '@open-wc/testing';
import { Drafts, type DraftProblem } from '../../src/elements/kompetence-model/drafts.js';
import { createPlan } from '../../src/model/parse.js';

class FakeStorage implements Storage {
  items = new Map<string, string>();
  writes = 0;
  failWith: string | undefined;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw new DOMException('no', this.failWith);
    this.writes += 1;
    this.items.set(key, value);
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(storage: () => Storage, delay = 20) {
  const reports: (DraftProblem | undefined)[] = [];
  const drafts = new Drafts('plan-1', (p) => reports.push(p), storage, delay);
  return { drafts, reports };
}

describe('Drafts (kompetence-model)', () => {
  it('loads nothing when there is no draft, and a stored plan when there is', () => {
    const storage = new FakeStorage();
    const { drafts, reports } = setup(() => storage);
    expect(drafts.load()).to.equal(undefined);
    const plan = createPlan({ titel: 'Kladde' });
    storage.setItem('plan-1', JSON.stringify(plan));
    expect(drafts.load()).to.deep.equal(plan);
    expect(reports).to.deep.equal([]);
  });

  it('writes once after a pause in editing, with the last plan', async () => {
    const storage = new FakeStorage();
    const { drafts, reports } = setup(() => storage);
    drafts.schedule(createPlan({ titel: 'a' }));
    drafts.schedule(createPlan({ titel: 'ab' }));
    expect(drafts.pending).to.equal(true);
    expect(storage.writes).to.equal(0);
    await wait(60);
    expect(storage.writes).to.equal(1);
    expect(JSON.parse(storage.getItem('plan-1')!).titel).to.equal('ab');
    expect(reports).to.deep.equal([undefined]);
    expect(drafts.pending).to.equal(false);
  });

  it('writes at once on flush (page hidden), and not again after', async () => {
    const storage = new FakeStorage();
    const { drafts } = setup(() => storage);
    drafts.schedule(createPlan({ titel: 'nu' }));
    drafts.flush();
    expect(storage.writes).to.equal(1);
    drafts.flush();
    await wait(60);
    expect(storage.writes).to.equal(1);
  });

  it('reports a corrupt draft and returns nothing', () => {
    const storage = new FakeStorage();
    const { drafts, reports } = setup(() => storage);
    for (const bad of ['{not json', '{"schemaVersion": 1, "titel": 5}', '[]']) {
      storage.items.set('plan-1', bad);
      expect(drafts.load()).to.equal(undefined);
    }
    expect(reports).to.deep.equal(['corrupt', 'corrupt', 'corrupt']);
  });

  it('keeps an unreadable draft beside the key, so saving the new plan does not destroy it', () => {
    const storage = new FakeStorage();
    const { drafts } = setup(() => storage, 0);
    const unreadable = JSON.stringify({ ...createPlan({ titel: 'Timers arbejde' }), updatedAt: 'i går' });
    storage.items.set('plan-1', unreadable);
    expect(drafts.load()).to.equal(undefined);
    drafts.schedule(createPlan());
    drafts.flush();
    expect(JSON.parse(storage.getItem('plan-1')!).titel).to.equal('');
    expect(storage.getItem(drafts.unreadableKey)).to.equal(unreadable);
    expect(drafts.unreadableKey).to.equal('plan-1:ulaeselig');
  });

  it('reports full storage (QuotaExceededError) without throwing, and recovers', () => {
    const storage = new FakeStorage();
    const { drafts, reports } = setup(() => storage);
    storage.failWith = 'QuotaExceededError';
    drafts.schedule(createPlan());
    expect(() => drafts.flush()).not.to.throw();
    storage.failWith = undefined;
    drafts.schedule(createPlan());
    drafts.flush();
    expect(reports).to.deep.equal(['full', undefined]);
  });

  it('reports disabled storage (SecurityError on access) on load, save and discard without throwing', () => {
    const { drafts, reports } = setup(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(drafts.load()).to.equal(undefined);
    drafts.schedule(createPlan());
    drafts.flush();
    drafts.discard();
    expect(reports).to.deep.equal(['unavailable', 'unavailable', 'unavailable']);
  });

  it('discards the stored draft and a waiting write', async () => {
    const storage = new FakeStorage();
    const { drafts } = setup(() => storage);
    storage.setItem('plan-1', JSON.stringify(createPlan()));
    drafts.schedule(createPlan({ titel: 'ny' }));
    drafts.discard();
    await wait(60);
    expect(storage.getItem('plan-1')).to.equal(null);
  });
});
