/**
 * The draft storage of <kompetence-model> (src/elements/kompetence-model/drafts.ts), with a fake
 * Storage; and the element's drafts when the page replaces a restored one.
 */
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/kompetence-model.js';
import { Drafts, type DraftProblem } from '../../src/elements/kompetence-model/drafts.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import { examples } from '../../src/model/examples/index.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { expectAccessible } from '../helpers/axe.js';
import { described, expectSameNode, leavingAsks, settle, watchBeforeUnload } from '../helpers/dom.js';
import { deepActiveElement, typeWithoutPause } from '../helpers/keyboard.js';
import { startFromExample } from '../helpers/model.js';

/** The notice as seen: the invisible isolation around quoted titles left out (tested in kompetence-model.test.ts). */
const noticeText = (m: KompetenceModel) => m.shadowRoot!.querySelector('[part="notice"]')!.textContent!.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
/** The notice's button with this text (the `n`th, when several drafts are offered). */
const noticeButton = (m: KompetenceModel, text: string, n = 0) =>
  [...m.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="notice"] button')].filter((b) => b.textContent!.trim() === text)[n];

class FakeStorage implements Storage {
  items = new Map<string, string>();
  writes = 0;
  failWith: string | undefined;
  /** Only writes to this key fail (as full storage fails a large write and takes a small one). */
  failFor: string | undefined;
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
    if (this.failFor === key) throw new DOMException('no', 'QuotaExceededError');
    this.writes += 1;
    this.items.set(key, value);
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `body` while the storage refuses writes under `key`'s kept drafts (full for a large write, not a small one). */
async function keptListRefused(key: string, body: () => unknown): Promise<void> {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (name: string, value: string) {
    if (name === `${key}:tilsidesat`) throw new DOMException('full', 'QuotaExceededError');
    setItem.call(this, name, value);
  };
  try {
    await body();
  } finally {
    Storage.prototype.setItem = setItem;
  }
}

function setup(storage: () => Storage, delay = 20) {
  const reports: (DraftProblem | undefined)[] = [];
  const drafts = new Drafts('plan-1', (p) => reports.push(p), storage, delay);
  return { drafts, reports };
}

describe('Drafts (kompetence-model)', () => {

  // R1 (drafts.ts loadKept: `this.#unreadableKept = [];` before the loop)
  it('writes an entry of the kept list it cannot read back once, however often the list was read', () => {
    const storage = new FakeStorage();
    const { drafts } = setup(() => storage);
    const plan = createPlan({ titel: 'Min kladde' });
    storage.setItem('plan-1:tilsidesat', JSON.stringify([plan, { schemaVersion: 9 }]));
    drafts.loadKept();
    drafts.loadKept(); // each storage event on the list, each Undo, reads it again
    drafts.writeKept([plan]);
    expect(JSON.parse(storage.getItem('plan-1:tilsidesat')!)).to.deep.equal([plan, { schemaVersion: 9 }]);
  });

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

  it('keeps a second unreadable draft beside the first, not over it, and the same text once', () => {
    const storage = new FakeStorage();
    const { drafts } = setup(() => storage, 0);
    const [yesterday, today] = ['Fra i går', 'Fra i dag'].map((titel) => JSON.stringify({ ...createPlan({ titel }), schemaVersion: 9 }));
    for (const text of [yesterday, today, yesterday]) {
      storage.items.set('plan-1', text);
      expect(drafts.load()).to.equal(undefined);
    }
    expect(storage.getItem('plan-1:ulaeselig')).to.equal(yesterday);
    expect(storage.getItem('plan-1:ulaeselig:2')).to.equal(today);
    expect(storage.getItem('plan-1:ulaeselig:3'), 'the same text is not kept twice').to.equal(null);
    storage.setItem('plan-1:tilsidesat', '[{"titel": "halv');
    drafts.loadKept();
    storage.setItem('plan-1:tilsidesat', '{"titel": "også halv');
    drafts.loadKept();
    expect(storage.getItem('plan-1:tilsidesat:ulaeselig')).to.equal('[{"titel": "halv');
    expect(storage.getItem('plan-1:tilsidesat:ulaeselig:2')).to.equal('{"titel": "også halv');
  });

  it('keeps at most five unreadable drafts, the fifth written over (an older release meeting a newer one\'s drafts would fill the storage)', () => {
    const storage = new FakeStorage();
    const { drafts } = setup(() => storage, 0);
    for (let i = 1; i <= 7; i++) {
      storage.items.set('plan-1', `{"schemaVersion": 9, "n": ${i}}`);
      drafts.load();
    }
    const kept = [...storage.items.keys()].filter((k) => k.startsWith('plan-1:ulaeselig')).sort();
    expect(kept).to.deep.equal(['plan-1:ulaeselig', 'plan-1:ulaeselig:2', 'plan-1:ulaeselig:3', 'plan-1:ulaeselig:4', 'plan-1:ulaeselig:5']);
    expect(storage.getItem('plan-1:ulaeselig')).to.equal('{"schemaVersion": 9, "n": 1}');
    expect(storage.getItem('plan-1:ulaeselig:5')).to.equal('{"schemaVersion": 9, "n": 7}');
  });

  it('keeps drafts aside under their own key as a list, reads an earlier version\'s single draft, and reports a storage problem as for a save', () => {
    const storage = new FakeStorage();
    const { drafts, reports } = setup(() => storage);
    const plans = [createPlan({ titel: 'Min kladde' }), createPlan({ titel: 'Den før' })];
    drafts.writeKept(plans);
    expect(drafts.setAsideKey).to.equal('plan-1:tilsidesat');
    expect(JSON.parse(storage.getItem('plan-1:tilsidesat')!)).to.deep.equal(plans);
    expect(drafts.loadKept()).to.deep.equal(plans);
    storage.setItem('plan-1:tilsidesat', JSON.stringify(plans[0]));
    expect(drafts.loadKept(), 'one plan, as an earlier version kept it').to.deep.equal([plans[0]]);
    drafts.writeKept([]);
    expect(storage.getItem('plan-1:tilsidesat'), 'none kept: no key').to.equal(null);
    storage.setItem('plan-1:tilsidesat', JSON.stringify([plans[0], { schemaVersion: 'x' }]));
    expect(drafts.loadKept(), 'what is no plan is not offered').to.deep.equal([plans[0]]);
    drafts.writeKept([]);
    expect(storage.getItem('plan-1:tilsidesat'), 'but written back, not dropped').to.equal('[{"schemaVersion":"x"}]');
    storage.setItem('plan-1:tilsidesat', '[{"titel": "halv');
    expect(drafts.loadKept()).to.deep.equal([]);
    expect(storage.getItem('plan-1:tilsidesat:ulaeselig'), 'text that is no JSON is kept beside').to.equal('[{"titel": "halv');
    storage.failWith = 'QuotaExceededError';
    expect(() => drafts.writeKept(plans)).not.to.throw();
    expect(reports).to.deep.equal(['full']);
  });

  it('a save is not reported as saved while the kept drafts are unwritten (full storage): they are written with the next save', async () => {
    const storage = new FakeStorage();
    const { drafts, reports } = setup(() => storage);
    storage.failWith = 'QuotaExceededError';
    drafts.writeKept([createPlan({ titel: 'Kept' })]);
    drafts.schedule(createPlan({ titel: 'ny' }));
    // The draft itself fits (a smaller write), the kept list still does not.
    storage.failWith = undefined;
    storage.failFor = 'plan-1:tilsidesat';
    drafts.flush();
    expect(reports).to.deep.equal(['full', 'full']);
    storage.failFor = undefined;
    drafts.schedule(createPlan({ titel: 'nyere' }));
    drafts.flush();
    expect(reports.at(-1), 'saved, with the kept drafts').to.equal(undefined);
    expect(JSON.parse(storage.getItem('plan-1:tilsidesat')!)[0].titel).to.equal('Kept');
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

describe('<kompetence-model>: the page replaces a restored draft', () => {
  const key = 'test-replaced';
  const pagePlan = createPlan({ titel: 'Sidens plan' });
  const replacers: { by: string; replace(model: KompetenceModel): void; titel: string }[] = [
    { by: 'plan property', replace: (m) => (m.plan = pagePlan), titel: 'Sidens plan' },
    { by: 'plan attribute', replace: (m) => m.setAttribute('plan', JSON.stringify(pagePlan)), titel: 'Sidens plan' },
    { by: 'example attribute', replace: (m) => m.setAttribute('example', 'jobcenter'), titel: examples.jobcenter.titel },
  ];

  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });


  /** A page with a draft "Min kladde" restored, whose own plan then arrives. */
  async function restoredThenReplaced(replace: (m: KompetenceModel) => void, lang = 'da'): Promise<KompetenceModel> {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde', updatedAt: '2026-11-27T10:32:00.000Z' })));
    const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><kompetence-model storage-key=${key}></kompetence-model></div>`);
    const model = wrapper.firstElementChild as KompetenceModel;
    await settle(model);
    expect(model.plan.titel).to.equal('Min kladde');
    replace(model);
    await settle(model);
    return model;
  }

  const setAside = () => JSON.parse(localStorage.getItem(`${key}:tilsidesat`) ?? '[]')[0]?.titel;

  for (const { by, replace, titel } of replacers) {
    it(`by ${by}: says so, and the user goes back to the draft (an edit that can be undone)`, async () => {
      const model = await restoredThenReplaced(replace);
      expect(model.plan.titel).to.equal(titel);
      expect(noticeText(model)).to.match(/^Siden har hentet en anden plan\. Din kladde «Min kladde» fra .+ er lagt til side\. Gå tilbage til den Kassér den$/);
      expect(described(noticeButton(model, 'Kassér kladden')), 'no discard of a draft that is not shown').to.equal('undefined');
      expect(setAside(), 'kept under the side key').to.equal('Min kladde');
      const events: Event[] = [];
      model.addEventListener('kompetence-change', (e) => events.push(e));
      noticeButton(model, 'Gå tilbage til den')!.click();
      await settle(model);
      expect(model.plan.titel).to.equal('Min kladde');
      expect(events).to.have.length(1);
      expect(noticeText(model)).to.equal('Kladden er indlæst. Fortryd');
      expect(deepActiveElement()?.textContent?.trim(), 'focus on the notice\'s undo').to.equal('Fortryd');
      noticeButton(model, 'Fortryd')!.click();
      await settle(model);
      expect(model.plan.titel).to.equal(titel);
      expect(setAside(), 'still kept after the undo').to.equal('Min kladde');
    });

    it(`by ${by}: typing in the page's plan saves it, and the draft stays kept and offered`, async () => {
      const model = await restoredThenReplaced(replace);
      const input = model.shadowRoot!.querySelector<HTMLInputElement>('#titel')!;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      await sendKeys({ type: '!' });
      await settle(model);
      window.dispatchEvent(new Event('pagehide'));
      expect(JSON.parse(localStorage.getItem(key)!).titel, 'the page\'s plan, edited, is the draft now').to.equal(`${titel}!`);
      expect(setAside()).to.equal('Min kladde');
      noticeButton(model, 'Gå tilbage til den')!.click();
      await settle(model);
      expect(model.plan.titel).to.equal('Min kladde');
      noticeButton(model, 'Fortryd')!.click();
      await settle(model);
      expect(model.plan.titel, 'the edit of the page\'s plan is not lost either').to.equal(`${titel}!`);
    });
  }

  it('says it in English, follows a change of lang, and is accessible', async () => {
    const model = await restoredThenReplaced((m) => (m.plan = pagePlan), 'en');
    expect(noticeText(model)).to.match(/^The page loaded another plan\. Your draft “Min kladde” from .+ was set aside\. Go back to it Discard it$/);
    await expectAccessible(model);
    noticeButton(model, 'Go back to it')!.click();
    await settle(model);
    expect(noticeText(model)).to.equal('The draft was loaded. Undo');
    model.parentElement!.lang = 'da';
    await nextFrame();
    await settle(model);
    expect(noticeText(model)).to.equal('Kladden er indlæst. Fortryd');
  });

  it('offers the draft back only when the plan can be edited', async () => {
    const model = await restoredThenReplaced((m) => (m.plan = pagePlan));
    model.readonly = true;
    await settle(model);
    expect(noticeText(model)).to.match(/^Siden har hentet en anden plan\. Din kladde «Min kladde» fra .+ er lagt til side\.$/);
    expect(described(noticeButton(model, 'Gå tilbage til den'))).to.equal('undefined');
  });

  it('keeps the focus in the notice when the page\'s plan takes "Kassér kladden" away, and when readonly takes "Gå tilbage til den"', async () => {
    const model = await restoredThenReplaced((m) => {
      noticeButton(m, 'Kassér kladden')!.focus();
      m.plan = pagePlan;
    });
    expect(deepActiveElement()?.textContent?.trim(), 'on the new notice\'s action').to.equal('Gå tilbage til den');
    model.readonly = true;
    await settle(model);
    expect(deepActiveElement()?.getAttribute('part'), 'on the notices, which have no action now').to.equal('notice');
    expect(noticeText(model)).to.match(/^Siden har hentet en anden plan\./);
  });

  it('a plan unset by the page (null or undefined) leaves the restored draft as it is: no notice of another plan', async () => {
    for (const unset of [null, undefined]) {
      const model = await restoredThenReplaced((m) => (m.plan = unset as unknown as Plan));
      expect(model.plan.titel).to.equal('Min kladde');
      expect(noticeText(model)).to.match(/^Din kladde fra .+ er hentet frem\./);
      expect(localStorage.getItem(`${key}:tilsidesat`)).to.equal(null);
      model.parentElement!.remove();
    }
  });

  it('a page that gives back the draft itself (it saved the change and loads it again) replaces nothing: no notice', async () => {
    const model = await restoredThenReplaced((m) => (m.plan = { ...m.plan, updatedAt: '2026-11-27T11:00:00.000Z' }));
    expect(model.plan.titel).to.equal('Min kladde');
    expect(noticeText(model)).to.equal('');
    expect(localStorage.getItem(`${key}:tilsidesat`)).to.equal(null);
  });

  it('a plan the page sets after the user edited the restored draft keeps the edited draft aside (the next edit would save over it)', async () => {
    const model = await restoredThenReplaced(() => {});
    const input = model.shadowRoot!.querySelector<HTMLInputElement>('#titel')!;
    input.focus();
    await sendKeys({ type: '!' });
    model.plan = pagePlan;
    await settle(model);
    expect(noticeText(model)).to.match(/^Siden har hentet en anden plan\. Din kladde «Min kladde!» fra /);
    expect(setAside()).to.equal('Min kladde!');
  });

  it('the draft kept aside is no longer the draft: put back in the page later (or on the next visit) the element shows the page\'s plan, and offers the draft once', async () => {
    const model = await restoredThenReplaced((m) => (m.plan = pagePlan));
    expect(localStorage.getItem(key), 'kept aside, not also stored as the draft').to.equal(null);
    expect(described(noticeButton(model, 'Kassér kladden')), 'no draft to discard').to.equal('undefined');
    const events: Event[] = [];
    model.addEventListener('kompetence-change', (e) => events.push(e));
    const wrapper = model.parentElement!;
    model.remove();
    await settle(model);
    wrapper.append(model);
    await settle(model);
    expect(model.plan.titel).to.equal('Sidens plan');
    expect(noticeText(model).match(/«Min kladde»/g)).to.have.length(1);
    expect(events).to.have.length(0);
  });

  it('keeps the draft stored when the storage cannot take it aside (full): the work is never only in memory', async () => {
    await keptListRefused(key, () => restoredThenReplaced((m) => (m.plan = pagePlan)));
    expect(JSON.parse(localStorage.getItem(key)!).titel).to.equal('Min kladde');
  });

  it('a page that writes each change back (a controlled component) replaces nothing: nothing is kept', async () => {
    const model = await restoredThenReplaced(() => {});
    model.addEventListener('kompetence-change', (e) => (model.plan = structuredClone((e as CustomEvent<{ value: Plan }>).detail.value)));
    model.shadowRoot!.querySelector<HTMLInputElement>('#titel')!.focus();
    await sendKeys({ type: '!' });
    await settle(model);
    expect(model.plan.titel).to.equal('Min kladde!');
    expect(setAside()).to.equal(undefined);
  });
});

describe('<kompetence-model>: a draft set aside is offered on later visits too', () => {
  const key = 'test-later-visit';
  const kept = (k = key): string[] => JSON.parse(localStorage.getItem(`${k}:tilsidesat`) ?? '[]').map((p: Plan) => p.titel);
  const setAside = () => kept()[0];
  const typeTitle = async (m: KompetenceModel, text: string) => {
    m.shadowRoot!.querySelector<HTMLInputElement>('#titel')!.focus();
    await sendKeys({ type: text });
    await settle(m);
  };

  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  /** A later visit: the draft "Sidens plan, rettet" is stored, and "Min kladde" is kept aside from before. */
  async function laterVisit(lang = 'da'): Promise<KompetenceModel> {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Sidens plan, rettet' })));
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify(createPlan({ titel: 'Min kladde', updatedAt: '2026-11-27T10:32:00.000Z' })));
    const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><kompetence-model storage-key=${key}></kompetence-model></div>`);
    const model = wrapper.firstElementChild as KompetenceModel;
    await settle(model);
    return model;
  }

  it('offers the same work kept twice (two tabs each kept it) once, and stores it once', async () => {
    const plan = createPlan({ titel: 'Min kladde', updatedAt: '2026-11-27T10:32:00.000Z' });
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([plan, { ...plan, updatedAt: '2026-11-27T10:40:00.000Z' }]));
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model storage-key=${key}></kompetence-model></div>`);
    const model = wrapper.firstElementChild as KompetenceModel;
    await settle(model);
    expect(noticeText(model).match(/«Min kladde»/g)).to.have.length(1);
    expect(kept()).to.deep.equal(['Min kladde']);
  });

  it('offers it back beside the restored draft; going back to it keeps the restored draft aside in its place (typing on cannot lose it), and Undo goes back to both', async () => {
    const model = await laterVisit();
    expect(model.plan.titel).to.equal('Sidens plan, rettet');
    expect(noticeText(model)).to.match(/En kladde «Min kladde» fra 27\. november 2026 kl\. 10\.32 er lagt til side og gemt her\. Gå tilbage til den Kassér den$/);
    noticeButton(model, 'Gå tilbage til den')!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Min kladde');
    expect(kept(), 'the restored draft kept in its place').to.deep.equal(['Sidens plan, rettet']);
    expect(noticeText(model)).to.match(/^Planen «Sidens plan, rettet» fra .+, som kladden afløste, er lagt til side og gemt her\. Gå tilbage til den Kassér den\s*Kladden er indlæst\. Fortryd$/);
    noticeButton(model, 'Fortryd')!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Sidens plan, rettet');
    expect(kept(), 'kept aside again, and only it').to.deep.equal(['Min kladde']);
    expect(noticeButton(model, 'Gå tilbage til den'), 'and offered again').to.not.equal(undefined);
    // Typing after going back ends the Undo; the draft it replaced is still kept.
    noticeButton(model, 'Gå tilbage til den')!.click();
    await settle(model);
    await typeTitle(model, '!');
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(key)!).titel).to.equal('Min kladde!');
    expect(kept()).to.deep.equal(['Sidens plan, rettet']);
  });

  it('goes back to a kept draft as it was, with its own time; Undo undoes only its own step on the list as it is now', async () => {
    const model = await laterVisit();
    noticeButton(model, 'Gå tilbage til den')!.click();
    await settle(model);
    expect(model.plan.updatedAt, 'its own time, which tells it apart').to.equal('2026-11-27T10:32:00.000Z');
    // Discard the restored draft kept in its place, then the page keeps another before Undo.
    noticeButton(model, 'Kassér den')!.click();
    await settle(model);
    expect(kept()).to.deep.equal([]);
    await typeTitle(model, '!');
    model.plan = createPlan({ titel: 'Sidens plan' });
    await settle(model);
    expect(kept()).to.deep.equal(['Min kladde!']);
    model.lang = 'da';
    const undo = [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="notice"] button')].find((b) => b.textContent!.trim() === 'Fortryd');
    expect(described(undo), 'the discard\'s Undo went with the next edit').to.equal('undefined');
    // An Undo of a discard, with a draft kept meanwhile by another tab: both stay.
    noticeButton(model, 'Kassér den')!.click();
    await settle(model);
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([createPlan({ titel: 'Fra en anden fane' })]));
    window.dispatchEvent(new StorageEvent('storage', { key: `${key}:tilsidesat` }));
    await settle(model);
    noticeButton(model, 'Fortryd')!.click();
    await settle(model);
    expect(kept()).to.deep.equal(['Min kladde!', 'Fra en anden fane']);
  });

  it('drops an Undo when the page gives another plan (it would put back a plan the page replaced), and does not keep an example the user only loaded', async () => {
    const model = await laterVisit();
    noticeButton(model, 'Gå tilbage til den')!.click();
    await settle(model);
    expect(noticeButton(model, 'Fortryd')).to.not.equal(undefined);
    model.plan = createPlan({ titel: 'Sidens plan' });
    await settle(model);
    expect(described(noticeButton(model, 'Fortryd')), 'no Undo to a plan the page replaced').to.equal('undefined');
    expect(kept(), 'the draft gone back to is kept aside again').to.include('Min kladde');
    const select = model.shadowRoot!.querySelector<HTMLSelectElement>('.pick select')!;
    select.value = 'jobcenter';
    select.dispatchEvent(new Event('change'));
    await settle(model);
    [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pick button')][0]!.click();
    await settle(model);
    const before = kept();
    model.plan = createPlan({ titel: 'Sidens nye plan' });
    await settle(model);
    expect(kept(), 'an example loaded and not edited is not the user\'s work').to.deep.equal(before);
  });

  it('does not offer a kept draft that is the plan shown', async () => {
    const model = await laterVisit();
    // (laterVisit stores it as an earlier version did: one plan, not a list.)
    model.plan = JSON.parse(localStorage.getItem(`${key}:tilsidesat`)!);
    await settle(model);
    expect(model.plan.titel).to.equal('Min kladde');
    expect(noticeText(model)).not.to.include('«Min kladde» fra');
  });

  it('never writes one kept draft over another: the page replacing a restored draft while an older one is kept keeps both', async () => {
    const model = await laterVisit();
    model.plan = createPlan({ titel: 'Sidens plan' });
    await settle(model);
    expect(kept(), 'newest first').to.deep.equal(['Sidens plan, rettet', 'Min kladde']);
    expect(noticeButton(model, 'Gå tilbage til den', 1), 'each offered').to.not.equal(undefined);
    const described = noticeButton(model, 'Gå tilbage til den', 1)!.getAttribute('aria-describedby')!;
    expect(model.shadowRoot!.getElementById(described)!.textContent, 'each button is described by its draft').to.include('«\u2068Min kladde\u2069»');
    noticeButton(model, 'Gå tilbage til den', 1)!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Min kladde');
    expect(kept(), 'the page\'s own plan is not kept: the page gives it again').to.deep.equal(['Sidens plan, rettet']);
  });

  it('offers the kept drafts of the key in use: another storage-key, another tab', async () => {
    localStorage.setItem('test-other-key:tilsidesat', JSON.stringify([createPlan({ titel: 'B gammel' })]));
    const model = await laterVisit();
    model.storageKey = 'test-other-key';
    await settle(model);
    expect(noticeText(model)).to.include('«B gammel»').and.not.include('«Min kladde»');
    model.storageKey = key;
    await settle(model);
    expect(noticeText(model)).to.include('«Min kladde»').and.not.include('«B gammel»');
    expect(kept('test-other-key'), 'the other key\'s kept draft is left as it was').to.deep.equal(['B gammel']);
    // Another tab took it back: no longer offered here.
    localStorage.removeItem(`${key}:tilsidesat`);
    window.dispatchEvent(new StorageEvent('storage', { key: `${key}:tilsidesat`, newValue: null }));
    await settle(model);
    expect(noticeText(model)).not.to.include('«Min kladde»');
    localStorage.removeItem('test-other-key:tilsidesat');
  });

  it('keeps the focus on the same draft\'s button when another tab takes a draft before it away', async () => {
    const first = createPlan({ titel: 'Første' });
    const second = createPlan({ titel: 'Anden' });
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([first, second]));
    const model = await fixture<KompetenceModel>(html`<kompetence-model storage-key=${key}></kompetence-model>`);
    await settle(model);
    noticeButton(model, 'Kassér den', 1)!.focus();
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([second]));
    window.dispatchEvent(new StorageEvent('storage', { key: `${key}:tilsidesat` }));
    await settle(model);
    const focused = model.shadowRoot!.activeElement!;
    expect(focused.textContent!.trim()).to.equal('Kassér den');
    const line = model.shadowRoot!.getElementById(focused.getAttribute('aria-describedby')!)!.textContent!;
    expect(line, 'the draft it was on').to.include('«\u2068Anden\u2069»').and.not.include('Første');
  });

  it('does not offer drafts kept on an earlier visit while read-only (nothing can be done with them)', async () => {
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([createPlan({ titel: 'Min kladde' })]));
    const model = await fixture<KompetenceModel>(html`<kompetence-model storage-key=${key} readonly></kompetence-model>`);
    await settle(model);
    expect(noticeText(model)).to.equal('');
    expect(kept(), 'still kept').to.deep.equal(['Min kladde']);
  });

  it('discards it on request (Undo brings it back), in English too, accessibly', async () => {
    const model = await laterVisit('en');
    expect(noticeText(model)).to.match(/A draft “Min kladde” from 27 November 2026 at 10:32 was set aside and is kept here\. Go back to it Discard it$/);
    await expectAccessible(model);
    noticeButton(model, 'Discard it')!.click();
    await settle(model);
    expect(model.plan.titel, 'the plan shown stays').to.equal('Sidens plan, rettet');
    expect(setAside()).to.equal(undefined);
    expect(noticeText(model)).to.match(/The draft set aside was discarded\. Undo$/);
    expect(deepActiveElement()?.textContent?.trim(), 'focus on Undo').to.equal('Undo');
    noticeButton(model, 'Undo')!.click();
    await settle(model);
    expect(setAside()).to.equal('Min kladde');
    expect(model.plan.titel).to.equal('Sidens plan, rettet');
    expect(noticeText(model)).to.match(/was set aside and is kept here\. Go back to it Discard it\s*The change was undone\.$/);
  });

  it('says nothing of a kept draft that is the plan shown, and keeps it (another tab may be about to save over the draft: it forgot it, and the work was lost)', async () => {
    const plan = createPlan({ titel: 'Min kladde' });
    localStorage.setItem(key, JSON.stringify(plan));
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([{ ...plan, updatedAt: '2026-11-27T10:32:00.000Z' }]));
    const model = await fixture<KompetenceModel>(html`<kompetence-model storage-key=${key}></kompetence-model>`);
    await settle(model);
    expect(noticeText(model)).to.match(/^Din kladde fra .+ er hentet frem\. Kassér kladden$/);
    expect(setAside()).to.equal('Min kladde');
    // The tab that kept it aside (it loaded an example) saves the example now: the work is offered.
    const example = JSON.stringify(createPlan({ titel: 'Eksemplet' }));
    localStorage.setItem(key, example);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: example }));
    await settle(model);
    expect(model.plan.titel).to.equal('Eksemplet');
    expect(noticeText(model)).to.include('«Min kladde»');
  });
});

describe('<kompetence-model>: a draft key used twice never loses work silently', () => {
  const key = 'test-shared';
  const wait700 = () => wait(700);

  // Also before: a test's elements save their drafts as they leave the page, after its afterEach
  // (in a microtask the fixture's removal queues, which runs only once this hook waits).
  beforeEach(async () => {
    await aTimeout(0);
    localStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });


  /** A model saving its drafts under `key`, alone on the page. */
  async function keyedModel(): Promise<KompetenceModel> {
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model storage-key=${key}></kompetence-model></div>`);
    return wrapper.firstElementChild as KompetenceModel;
  }

  /**
   * Types on at the end of the title. Without a pause: what another tab does next must meet the
   * save still waiting (500 ms), which real key presses on a busy machine can outlast.
   */
  async function type(model: KompetenceModel, text: string): Promise<void> {
    const title = model.shadowRoot!.querySelector<HTMLInputElement>('#titel')!;
    typeWithoutPause(title, text, title.value);
    await settle(model);
  }

  const toolsHint = (m: KompetenceModel) => [...m.shadowRoot!.querySelectorAll('[part="tools"] .hint')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
  const stored = () => JSON.parse(localStorage.getItem(key) ?? 'null')?.titel;
  /** The titles of the drafts kept aside under the key. */
  const kept = () => (JSON.parse(localStorage.getItem(`${key}:tilsidesat`) ?? '[]') as Plan[]).map((p) => p.titel);

  /** Runs `body` with console.warn recorded. */
  async function warnings(body: () => Promise<void>): Promise<unknown[][]> {
    const warn = console.warn;
    const calls: unknown[][] = [];
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      await body();
    } finally {
      console.warn = warn;
    }
    return calls;
  }

  it('a second element with the same key on the page neither restores nor saves under it, says so, and warns the developer', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Kladde' })));
    let first!: KompetenceModel;
    let second!: KompetenceModel;
    const warned = await warnings(async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model storage-key=${key}></kompetence-model><kompetence-model storage-key=${key}></kompetence-model></div>`);
      [first, second] = [...wrapper.children] as KompetenceModel[];
      await settle(first);
      await settle(second);
    });
    expect(warned).to.have.length(1);
    // What to fix and where, without the key: a page may put a user's id in it, and consoles end up in logs.
    const said = warned[0]!.join(' ');
    expect(said).to.match(/^<kompetence-model>: another on this page has the same storage-key; this one \(see its notice\) keeps no draft\. Give each its own key/);
    expect(said).not.to.include(key);
    expect(first.plan.titel, 'the first restores the draft').to.equal('Kladde');
    expect(second.plan.titel, 'the second does not').to.equal('');
    expect(noticeText(second)).to.equal('En anden plan på siden gemmer sin kladde samme sted, så denne gemmes ikke som kladde. Download planen for at gemme den.');
    expect(toolsHint(second), 'no promise to save').not.to.match(/gemmes som kladde/);
    await type(second, 'B');
    await wait700();
    expect(stored(), 'the second writes nothing').to.equal('Kladde');
    await type(first, '!');
    await wait700();
    expect(stored(), 'the first keeps saving').to.equal('Kladde!');
    expect(leavingAsks(), 'closing the page asks first: the second\'s work is kept nowhere').to.equal(true);
    await expectAccessible(second);
    // The field shown in the second is not where the first one's draft opens after a reload.
    second.shadowRoot!.querySelector<HTMLElement>('#tab-traeningsbane')!.click();
    await settle(second);
    expect(sessionStorage.getItem(`${key}#felt`)).not.to.equal('traeningsbane');
  });

  it('a copy of the element (cloneNode) does not take the key; the original, moved in the page, keeps it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model storage-key=${key}></kompetence-model></div>`);
    const first = wrapper.firstElementChild as KompetenceModel;
    await settle(first);
    let copy!: KompetenceModel;
    await warnings(async () => {
      copy = first.cloneNode() as KompetenceModel;
      wrapper.append(copy);
      await settle(copy);
      wrapper.append(first); // moved: out of the page and back in
      await settle(first);
    });
    expect(noticeText(copy)).to.match(/^En anden plan på siden/);
    expect(noticeText(first)).to.equal('');
    // Each types and waits for its save: typed one after the other, the original's later save hid the copy's.
    await type(copy, 'Kopi');
    await wait700();
    expect(stored(), 'the copy saves nothing').to.equal(undefined);
    await type(first, 'Original');
    await wait700();
    expect(stored()).to.equal('Original');
  });

  /** The README's snippet for a logout, for `key`. */
  async function logoutSnippet(): Promise<string> {
    const readme = await (await fetch('/README.md')).text();
    return /```js\n(const key = 'plan-boegen';[\s\S]*?)```/.exec(readme)![1].replace('plan-boegen', key);
  }

  it('the README\'s snippet for a logout clears every key the element wrote, a draft waiting included, and no other, also when the key was set as a property', async () => {
    const snippet = await logoutSnippet();
    // The key set as a property, as frameworks set it: the snippet finds the element by its attribute.
    const model = document.createElement('kompetence-model') as KompetenceModel;
    model.storageKey = key;
    (await fixture<HTMLElement>(html`<div></div>`)).append(model);
    await settle(model);
    await type(model, 'Gemt');
    await wait700();
    for (const end of [':tilsidesat', ':ulaeselig', ':ulaeselig:2', ':tilsidesat:ulaeselig', ':tilsidesat:ulaeselig:5']) localStorage.setItem(key + end, 'x');
    for (const other of [`${key}-anden`, `${key}:anden`, `${key}:anden:tilsidesat`]) localStorage.setItem(other, 'y');
    await type(model, ' og ventende'); // a save still waiting when the snippet removes the element
    sessionStorage.setItem(`${key}#felt`, 'opgave');
    new Function(snippet)();
    await wait700();
    expect(model.isConnected).to.equal(false);
    expect(Object.keys(localStorage).sort(), 'other plans\' keys stay').to.deep.equal([`${key}-anden`, `${key}:anden`, `${key}:anden:tilsidesat`]);
    expect(sessionStorage.getItem(`${key}#felt`)).to.equal(null);
  });

  it('an element gone from the page writes and removes nothing under the key when code sets its plan later (a fetch resolving after the route changed)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model storage-key=${key}></kompetence-model></div>`);
    const old = wrapper.firstElementChild as KompetenceModel;
    await type(old, 'Først');
    old.remove();
    await wait(0);
    const next = addModel(wrapper);
    await settle(next);
    await type(next, ' og en times arbejde');
    await wait700();
    expect(stored()).to.equal('Først og en times arbejde');
    old.plan = examples.jobcenter;
    old.setAttribute('example', 'plejecenter-maaltid');
    await settle(old);
    await wait700();
    expect(stored(), 'the draft of the element in the page').to.equal('Først og en times arbejde');
    expect(kept(), 'nothing kept aside over its list').to.deep.equal([]);
    next.remove();
    const again = addModel(wrapper);
    await settle(again);
    expect(again.plan.titel).to.equal('Først og en times arbejde');
  });

  it('an element given another storage-key while out of the page saves under it once back', async () => {
    const model = await keyedModel();
    const wrapper = model.parentElement!;
    model.remove();
    await wait(0);
    model.storageKey = `${key}-2`;
    await settle(model);
    wrapper.append(model);
    await settle(model);
    expect(noticeText(model)).not.to.match(/En anden plan på siden/);
    await type(model, 'Ny nøgle');
    await wait700();
    expect(JSON.parse(localStorage.getItem(`${key}-2`) ?? 'null')?.titel).to.equal('Ny nøgle');
  });

  it('the key is free again once the element that used it leaves the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model storage-key=${key}></kompetence-model></div>`);
    const first = wrapper.firstElementChild as KompetenceModel;
    await type(first, 'Først');
    first.remove();
    const next = document.createElement('kompetence-model');
    next.setAttribute('storage-key', key);
    wrapper.append(next);
    await settle(next);
    expect(next.plan.titel).to.equal('Først');
    expect(noticeText(next)).to.match(/^Din kladde fra .+ er hentet frem\./);
  });

  /** A model with the test key, added to `parent` (not rendered yet). */
  function addModel(parent: HTMLElement): KompetenceModel {
    const model = document.createElement('kompetence-model') as KompetenceModel;
    model.setAttribute('storage-key', key);
    parent.append(model);
    return model;
  }

  /** A first model that saved `titel`, and a second one waiting for the key. */
  async function savingAndWaiting(titel: string): Promise<{ wrapper: HTMLElement; saving: KompetenceModel; waiting: KompetenceModel }> {
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model storage-key=${key}></kompetence-model></div>`);
    const saving = wrapper.firstElementChild as KompetenceModel;
    await type(saving, titel);
    let waiting!: KompetenceModel;
    await warnings(async () => {
      waiting = addModel(wrapper);
      await settle(waiting);
    });
    expect(noticeText(waiting)).to.match(/^En anden plan på siden/);
    return { wrapper, saving, waiting };
  }

  it('an element waiting for the key takes over when the one that saved leaves, as when a framework mounts the new view before it removes the old', async () => {
    const { wrapper, saving, waiting } = await savingAndWaiting('Gammel');
    // Moving the waiting element keeps it waiting, behind the one that saves.
    wrapper.prepend(waiting);
    await settle(waiting);
    expect(noticeText(waiting)).to.match(/^En anden plan på siden/);
    saving.remove();
    await settle(waiting);
    expect(waiting.plan.titel, 'the draft the old one saved as it left').to.equal('Gammel');
    expect(noticeText(waiting)).to.match(/^Din kladde fra .+ er hentet frem\. Kassér kladden$/);
    await type(waiting, '!');
    await wait700();
    expect(stored(), 'the new one saves').to.equal('Gammel!');
    await expectAccessible(waiting);
  });

  it('the turn passes on however the saving element lets go: another key, or a new element coming as the old one goes', async () => {
    const { wrapper, saving, waiting } = await savingAndWaiting('Først');
    await warnings(async () => {
      saving.storageKey = 'test-shared-other';
      await settle(saving);
      await settle(waiting);
    });
    expect(waiting.plan.titel, 'the waiting one has its turn').to.equal('Først');
    await warnings(async () => {
      saving.storageKey = key;
      await settle(saving);
    });
    expect(noticeText(saving), 'back under the key, behind the one saving now').to.match(/^En anden plan på siden/);
    await type(waiting, '2');
    await wait700();
    expect(stored()).to.equal('Først2');

    // A framework swaps the saving element for a new one in one task: the one waiting longest saves.
    let newest!: KompetenceModel;
    await warnings(async () => {
      newest = addModel(wrapper);
      waiting.remove();
      await settle(newest);
      await settle(saving);
    });
    expect(saving.plan.titel).to.equal('Først2');
    expect(noticeText(newest)).to.match(/^En anden plan på siden/);
    localStorage.removeItem(`${key}:tilsidesat`);
  });

  it('an element with unsaved work of its own keeps it when its turn comes, and sets the stored draft aside to offer it back', async () => {
    const { saving, waiting } = await savingAndWaiting('Deres arbejde');
    // A draft kept under the key from before: keeping another must not write over it.
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([createPlan({ titel: 'Fra før' })]));
    await type(waiting, 'Mit arbejde');
    saving.remove();
    await settle(waiting);
    expect(waiting.plan.titel, 'its own work stays').to.equal('Mit arbejde');
    expect(JSON.parse(localStorage.getItem(`${key}:tilsidesat`)!).map((p: Plan) => p.titel)).to.deep.equal(['Deres arbejde', 'Fra før']);
    expect(noticeText(waiting)).to.match(/^En anden plan på siden har gemt en kladde «Deres arbejde» fra .+ samme sted\. Den er lagt til side, og det er din plan her, der gemmes nu\. Gå tilbage til den Kassér den\s*En kladde «Fra før»/);
    expect(JSON.parse(localStorage.getItem(`${key}:tilsidesat`)!)[0].titel, 'the other work is kept').to.equal('Deres arbejde');
    await wait700();
    expect(stored(), 'its own work is saved').to.equal('Mit arbejde');
    [...waiting.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="notice"] button')].find((b) => b.textContent === 'Gå tilbage til den')!.click();
    await settle(waiting);
    expect(waiting.plan.titel).to.equal('Deres arbejde');
    await expectAccessible(waiting);
    localStorage.removeItem(`${key}:tilsidesat`);
  });

  it('an element waiting for the key keeps work the page replaces in memory, and saves it when its turn comes', async () => {
    const { saving, waiting } = await savingAndWaiting('Deres arbejde');
    await type(waiting, 'Mit arbejde');
    waiting.plan = createPlan({ titel: 'Sidens plan' });
    await settle(waiting);
    expect(noticeText(waiting)).to.include('«Mit arbejde»').and.include('Den er kun gemt, så længe siden er åben.');
    saving.remove();
    await settle(waiting);
    expect(JSON.parse(localStorage.getItem(`${key}:tilsidesat`)!).map((p: Plan) => p.titel)).to.include('Mit arbejde');
    localStorage.removeItem(`${key}:tilsidesat`);
  });

  it('an element back in the page after another saved under its key shows that newer draft, not its own older plan', async () => {
    const { wrapper, saving, waiting } = await savingAndWaiting('Version 1');
    saving.remove();
    await settle(waiting);
    await type(waiting, ' og 2');
    waiting.remove();
    await nextFrame();
    wrapper.append(saving);
    await settle(saving);
    expect(saving.plan.titel, 'the newer draft').to.equal('Version 1 og 2');
    expect(noticeText(saving)).to.match(/^Din kladde fra .+ er hentet frem\./);
    await type(saving, '!');
    await wait700();
    expect(stored()).to.equal('Version 1 og 2!');
  });

  /**
   * Another tab writes the draft: the storage changes and this window hears a storage event. A
   * draft of another plan (another id), unless `same` gives the plan it is a newer state of.
   */
  function otherTabWrites(titel: string, same?: Plan): void {
    const value = JSON.stringify(same ? { ...same, titel } : createPlan({ titel }));
    const oldValue = localStorage.getItem(key);
    localStorage.setItem(key, value);
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: value }));
  }

  /** Another tab removes the draft (discarded there, or set aside by its page's plan or a reset). */
  function otherTabRemoves(): void {
    const oldValue = localStorage.getItem(key);
    localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: null }));
  }

  /** Another tab keeps `plans` aside under the key (what it does before its page's plan or a file replaces its own). */
  function otherTabKeeps(plans: Plan[]): void {
    const newValue = JSON.stringify(plans);
    localStorage.setItem(`${key}:tilsidesat`, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: `${key}:tilsidesat`, newValue }));
  }

  it('when another tab changes the draft, stops saving over it (also a save waiting), says so, and offers the newer draft', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    otherTabWrites('Derfra');
    await settle(model);
    expect(noticeText(model)).to.equal(
      'Kladden er ændret i et andet faneblad eller vindue. Planen her gemmes ikke længere, så den ikke skriver over kladden. Download planen for at gemme den. Brug den nye kladde');
    expect(toolsHint(model)).not.to.match(/gemmes som kladde|Kladde gemt/);
    await type(model, '!');
    await wait700();
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(), 'the other tab\'s draft is not written over').to.equal('Derfra');
    expect(model.plan.titel, 'the plan here is kept').to.equal('Her!');
    await expectAccessible(model);

    const events: Event[] = [];
    model.addEventListener('kompetence-change', (e) => events.push(e));
    noticeButton(model, 'Brug den nye kladde')!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Derfra');
    expect(events).to.have.length(1);
    // The work here is kept aside: the next edit saves the newer draft over it.
    expect(noticeText(model)).to.match(/^Planen «Her!» fra .+, som kladden afløste, er lagt til side og gemt her\. Gå tilbage til den Kassér den\s*Kladden er indlæst\. Fortryd$/);
    expect(JSON.parse(localStorage.getItem(`${key}:tilsidesat`)!)[0].titel).to.equal('Her!');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Fortryd');
    await type(model, '?');
    await wait700();
    expect(stored(), 'saving again').to.equal('Derfra?');
  });

  /** A model that stopped saving when another tab saved («Derfra»), with work typed since («Her!»). */
  async function typingWhileAnotherTabSaves(): Promise<KompetenceModel> {
    const model = await keyedModel();
    await type(model, 'Her');
    otherTabWrites('Derfra');
    await settle(model);
    await type(model, '!');
    return model;
  }

  it('the README\'s snippet for a logout leaves nothing of a tab that another tab\'s save stopped (removed, it kept its work aside after the snippet cleared)', async () => {
    await typingWhileAnotherTabSaves();
    new Function(await logoutSnippet())();
    await wait700();
    expect(Object.keys(localStorage)).to.deep.equal([]);
  });

  it('keeps the work here aside when the page is hidden while another tab saves (closing it lost an hour of work), its newer state in place of the older', async () => {
    const model = await typingWhileAnotherTabSaves();
    window.dispatchEvent(new Event('pagehide'));
    expect(kept()).to.deep.equal(['Her!']);
    expect(stored(), 'the other tab\'s draft is not written over').to.equal('Derfra');
    await type(model, '?');
    window.dispatchEvent(new Event('pagehide'));
    expect(kept(), 'one entry, as it is now').to.deep.equal(['Her!?']);
    model.remove();
    const next = await keyedModel();
    await settle(next);
    expect(next.plan.titel).to.equal('Derfra');
    expect(noticeText(next), 'the next visit offers it').to.include('«Her!?»');
  });

  it('keeps the work here aside when the element leaves the page while another tab saves (a single-page app\'s new route)', async () => {
    const model = await typingWhileAnotherTabSaves();
    model.parentElement!.remove();
    await settle(model);
    expect(kept()).to.deep.equal(['Her!']);
    expect(stored(), 'the other tab\'s draft is not written over').to.equal('Derfra');
    // Put back later (a view kept alive), it keeps its newer work under the same key when it goes again.
    const parent = await fixture<HTMLElement>(html`<div></div>`);
    parent.append(model);
    await settle(model);
    await type(model, '?');
    parent.remove();
    await settle(model);
    expect(kept()).to.deep.equal(['Her!?']);
    expect(Object.keys(localStorage).sort()).to.deep.equal([key, `${key}:tilsidesat`]);
  });

  it('keeps work typed before the storage-key came: saved under it, and a draft stored there set aside', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Kladde fra sidste uge' })));
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model></kompetence-model></div>`);
    const model = wrapper.firstElementChild as KompetenceModel;
    await type(model, 'Skrevet før nøglen');
    model.storageKey = key; // a framework that knows the user only now
    await settle(model);
    expect(model.plan.titel, 'the typed work stays').to.equal('Skrevet før nøglen');
    expect(noticeText(model), 'no other plan on the page is blamed').to.match(/^En kladde «Kladde fra sidste uge» fra .+ er lagt til side og gemt her\./);
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(), 'and is saved without another edit').to.equal('Skrevet før nøglen');
    noticeButton(model, 'Gå tilbage til den')!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Kladde fra sidste uge');
  });

  it('saves work typed before the storage-key came when nothing is stored there, without another edit', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model></kompetence-model></div>`);
    const model = wrapper.firstElementChild as KompetenceModel;
    await type(model, 'Skrevet før nøglen');
    model.storageKey = key;
    await settle(model);
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()).to.equal('Skrevet før nøglen');
    expect(noticeText(model)).to.equal('');
  });

  it('offers, after "Brug den nye kladde", the drafts kept as they are now, not as they were when saving stopped', async () => {
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([createPlan({ titel: 'K1' })]));
    const model = await keyedModel();
    await settle(model);
    expect(noticeText(model)).to.include('«K1»');
    await type(model, 'Her');
    otherTabWrites('Derfra');
    await settle(model);
    // The other tab discards K1 (this one, not saving, is not told).
    localStorage.removeItem(`${key}:tilsidesat`);
    noticeButton(model, 'Brug den nye kladde')!.click();
    await settle(model);
    expect(noticeText(model)).not.to.include('«K1»');
    expect(kept(), 'the work here only').to.deep.equal(['Her']);
  });

  /** The user types "Her!" while another tab saves (this one saves nothing), then the page gives its own plan. */
  async function pageReplacesWorkWhileNotSaving(): Promise<KompetenceModel> {
    const model = await keyedModel();
    await type(model, 'Her');
    otherTabWrites('Derfra');
    await settle(model);
    await type(model, '!');
    model.plan = createPlan({ titel: 'Sidens plan' });
    await settle(model);
    return model;
  }

  it('keeps work the page replaces while not saving in memory, says so, and saves it once it saves again', async () => {
    const model = await pageReplacesWorkWhileNotSaving();
    expect(noticeText(model)).to.include('Din kladde «Her!» fra').and.include('Den er kun gemt, så længe siden er åben.');
    expect(localStorage.getItem(`${key}:tilsidesat`), 'nothing written while another tab saves').to.equal(null);
    noticeButton(model, 'Brug den nye kladde')!.click();
    await settle(model);
    expect(JSON.parse(localStorage.getItem(`${key}:tilsidesat`)!).map((p: Plan) => p.titel), 'saved with the list now').to.include('Her!');
    expect(noticeText(model)).not.to.include('kun gemt');
  });

  it('keeps the work the page replaced while not saving when the page is hidden, not the page\'s own plan', async () => {
    const model = await pageReplacesWorkWhileNotSaving();
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(`${key}:tilsidesat`)!).map((p: Plan) => p.titel)).to.deep.equal(['Her!']);
    await settle(model);
    expect(noticeText(model), 'stored now').to.include('«Her!»').and.not.include('kun gemt');
  });

  it('keeps work hidden once per state: a kept draft the other tab discarded stays discarded, and one taken in since is not taken out', async () => {
    const model = await keyedModel();
    await type(model, 'B1');
    otherTabWrites('A1');
    await settle(model);
    await type(model, '-2');
    window.dispatchEvent(new Event('pagehide'));
    expect(kept()).to.deep.equal(['B1-2']);
    localStorage.removeItem(`${key}:tilsidesat`); // the other tab discards it
    window.dispatchEvent(new Event('pagehide'));
    expect(kept(), 'not written again without an edit').to.deep.equal([]);
    await type(model, '-3');
    window.dispatchEvent(new Event('pagehide'));
    expect(kept()).to.deep.equal(['B1-2-3']);
    // Taking the other tab's draft keeps this work aside; it is another tab's turn again later.
    noticeButton(model, 'Brug den nye kladde')!.click();
    await settle(model);
    expect(kept()).to.deep.equal(['B1-2-3']);
    otherTabWrites('A2');
    await settle(model);
    await type(model, '+');
    window.dispatchEvent(new Event('pagehide'));
    expect(kept(), 'the work kept before stays kept').to.deep.equal(['A1+', 'B1-2-3']);
  });

  it('a tab another tab\'s save stopped keeps its work aside as the page closes, and asks first only when the full storage refuses it', async () => {
    const model = await typingWhileAnotherTabSaves();
    expect(leavingAsks(), 'kept aside as it goes: nothing to ask').to.equal(false);
    expect(kept()).to.deep.equal(['Her!']);
    await type(model, '?');
    await keptListRefused(key, () => {
      expect(leavingAsks(), 'the newer work cannot be kept: the browser asks').to.equal(true);
    });
    expect(kept(), 'the work kept before is not lost').to.deep.equal(['Her!']);
    expect(leavingAsks(), 'storage takes it again').to.equal(false);
    expect(kept()).to.deep.equal(['Her!?']);
  });

  it('stops listening for the page closing once the work another tab stopped is kept aside as it is (the listener costs the back/forward cache)', async () => {
    const unload = watchBeforeUnload();
    try {
      const model = await typingWhileAnotherTabSaves();
      expect(unload.listening(), 'the work here is kept nowhere yet').to.equal(true);
      window.dispatchEvent(new Event('pagehide'));
      await settle(model);
      expect(kept()).to.deep.equal(['Her!']);
      expect(unload.listening(), 'kept aside as it is').to.equal(false);
      await type(model, '?');
      expect(unload.listening(), 'newer work, kept nowhere').to.equal(true);
    } finally {
      unload.stop();
    }
  });

  it('says a kept draft the full storage refused is kept only while the page is open, until a later save writes it', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    await wait700();
    await keptListRefused(key, async () => {
      model.plan = createPlan({ titel: 'Sidens plan' });
      await settle(model);
    });
    expect(noticeText(model)).to.include('«Her»').and.include('Den er kun gemt, så længe siden er åben.');
    expect(stored(), 'the draft stays stored while it cannot be kept aside').to.equal('Her');
    await type(model, '!');
    await wait700();
    expect(kept(), 'written with the next save').to.deep.equal(['Her']);
    expect(noticeText(model)).to.include('«Her»').and.not.include('kun gemt');
  });

  it('"Brug den nye kladde" when the newer draft cannot be read keeps the work here and saves it, and the unreadable text beside', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    localStorage.setItem(key, '{"titel": "Derfra"'); // a newer release's draft, cut off
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: '{"titel": "Derfra"' }));
    await settle(model);
    noticeButton(model, 'Brug den nye kladde')!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Her');
    expect(noticeText(model)).to.include('En gemt kladde kunne ikke læses og er ikke brugt.');
    await wait700();
    expect(stored(), 'the work here is saved').to.equal('Her');
    expect(localStorage.getItem(`${key}:ulaeselig`)).to.equal('{"titel": "Derfra"');
  });

  // In the background, :focus matches nothing in Chromium (the focus went through every control to
  // the last); the test page cannot be put there, so `matches` is made to behave so.
  for (const background of [false, true]) {
    it(`keeps the focus in the notice when another tab's draft, one this release cannot read, takes "Kassér kladden" away: on "Brug den nye kladde"${background ? ', with the window in the background' : ''}`, async () => {
      localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde' })));
      const model = await keyedModel();
      await settle(model);
      const notice = model.shadowRoot!.querySelector('[part="notice"]')!;
      [...notice.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Kassér kladden')!.focus();
      const matches = Element.prototype.matches;
      if (background) {
        Element.prototype.matches = function (this: Element, selector: string) {
          return selector.includes(':focus') ? false : matches.call(this, selector);
        } as typeof matches;
      }
      try {
        // A newer release's draft: shown at once, as one this release reads is, it would be lost.
        localStorage.setItem(key, '{"titel": "Derfra"');
        window.dispatchEvent(new StorageEvent('storage', { key, newValue: '{"titel": "Derfra"' }));
        await settle(model);
      } finally {
        Element.prototype.matches = matches;
      }
      expect(deepActiveElement()?.textContent).to.equal('Brug den nye kladde');
    });
  }

  it('shows another tab\'s newer draft at once when nothing here is unsaved, says so, and goes on saving (an untouched tab said its plan was no longer saved)', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    await wait700();
    expect(stored()).to.equal('Her');
    // Another tab opened before there was a draft: its plan has an id of its own.
    otherTabWrites('Derfra');
    await settle(model);
    expect(model.plan.titel).to.equal('Derfra');
    expect(model.shadowRoot!.querySelector<HTMLTextAreaElement>('#titel')!.value).to.equal('Derfra');
    expect(noticeText(model)).to.equal('Planen her er opdateret med kladden fra et andet faneblad eller vindue.');
    expect(kept(), 'the work here was stored: nothing to keep aside').to.deep.equal([]);
    await type(model, '!');
    await wait700();
    expect(stored(), 'saving goes on').to.equal('Derfra!');
  });

  it('takes another tab\'s draft without the notice of an unreadable draft found at load beside it (it spoke of the plan no longer shown)', async () => {
    localStorage.setItem(key, '{"titel": "Afbrudt"');
    const model = await keyedModel();
    await settle(model);
    expect(noticeText(model)).to.include('En gemt kladde kunne ikke læses og er ikke brugt.');
    otherTabWrites('Derfra');
    await settle(model);
    expect(model.plan.titel).to.equal('Derfra');
    expect(noticeText(model)).to.equal('Planen her er opdateret med kladden fra et andet faneblad eller vindue.');
  });

  it('stops saving when another tab saves another plan under the key where the page gave the plan here, even with nothing unsaved (a page showing the user\'s second plan)', async () => {
    const model = await keyedModel();
    model.plan = createPlan({ titel: 'Sag 2', 'x-sagsnummer': 'S-2' });
    await settle(model);
    otherTabWrites('Sag 1');
    await settle(model);
    expect(model.plan.titel).to.equal('Sag 2');
    expect(model.plan['x-sagsnummer']).to.equal('S-2');
    expect(noticeText(model)).to.include('Kladden er ændret i et andet faneblad eller vindue.');
  });

  it('says nothing when another tab saves the plan as it is here', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    await wait700();
    otherTabWrites('Her', model.plan);
    await settle(model);
    expect(noticeText(model)).to.equal('');
  });

  it('does not take a draft another tab keeps aside out of the storage when it is the plan shown here (it was lost)', async () => {
    const model = await keyedModel();
    await type(model, 'To timers arbejde');
    await wait700();
    // The other tab, in step with this one, imports a file: it keeps this plan aside, then saves the file's.
    otherTabKeeps([model.plan]);
    await settle(model);
    expect(kept(), 'still kept').to.deep.equal(['To timers arbejde']);
    otherTabWrites('Fra filen');
    await settle(model);
    await wait700();
    expect(kept()).to.deep.equal(['To timers arbejde']);
    expect(model.plan.titel, 'in step').to.equal('Fra filen');
    expect(noticeText(model), 'offered back').to.include('«To timers arbejde»');
  });

  it('follows a discard in another tab when it shows that draft with nothing unsaved (saved again, it came back in the tab that discarded it)', async () => {
    const model = await keyedModel();
    await type(model, 'Privat');
    await wait700();
    otherTabRemoves();
    await settle(model);
    expect(model.plan.titel).to.equal('');
    expect(noticeText(model)).to.equal('Kladden er fjernet i et andet faneblad eller vindue.');
    await wait700();
    expect(stored(), 'not saved again').to.equal(undefined);
    // Work here the other tab never had is saved again, as before.
    await type(model, 'Mit eget');
    await wait700();
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Andet' })));
    otherTabRemoves();
    await wait700();
    expect(stored()).to.equal('Mit eget');
  });

  it('saves its work and the drafts kept again when another page clears the whole storage (it said "saved" while nothing was stored)', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    await wait700();
    otherTabKeeps([createPlan({ titel: 'Lagt til side' })]);
    await settle(model);
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    await wait700();
    expect(model.plan.titel).to.equal('Her');
    expect(stored()).to.equal('Her');
    expect(kept()).to.deep.equal(['Lagt til side']);
  });

  it('keeps the caret where it was in the text box the user is in when another tab\'s newer draft is taken in (it jumped to the end)', async () => {
    const model = await keyedModel();
    await type(model, 'Måltidet er mere end mad');
    await wait700();
    const box = model.shadowRoot!.querySelector<HTMLTextAreaElement>('#titel')!;
    box.setSelectionRange(8, 11);
    // Another tab, in step with this one, changes the workplace: the title here is the same.
    otherTabWrites('Måltidet er mere end mad', { ...model.plan, arbejdsplads: 'Plejecenter Solhøj' });
    await settle(model);
    expect(model.plan.arbejdsplads, 'taken in').to.equal('Plejecenter Solhøj');
    expect([deepActiveElement(), box.selectionStart, box.selectionEnd], 'the selection as it was').to.deep.equal([box, 8, 11]);
    // It changes the title too: the caret stays at its place in the text, not at the end.
    box.setSelectionRange(8, 8);
    otherTabWrites('Måltidet er meget mere end mad', model.plan);
    await settle(model);
    expect(box.value).to.equal('Måltidet er meget mere end mad');
    expect([deepActiveElement(), box.selectionStart, box.selectionEnd], 'the same offset').to.deep.equal([box, 8, 8]);
    // Before the caret: it stays before the same text.
    box.setSelectionRange(17, 17);
    otherTabWrites('Det gode måltid er meget mere end mad', model.plan);
    await settle(model);
    expect([box.value.slice(0, box.selectionStart), box.value.slice(box.selectionEnd)], 'at the same words').to.deep.equal(['Det gode måltid er meget', ' mere end mad']);
    // All of it, shorter: within the new text.
    box.setSelectionRange(8, 8);
    otherTabWrites('Måltid', model.plan);
    await settle(model);
    expect([box.selectionStart, box.selectionEnd], 'within the text').to.deep.equal([6, 6]);
    // All of it, longer: the same offset, not moved by how much longer it is.
    box.setSelectionRange(3, 3);
    otherTabWrites('Frokost i fællesstuen', model.plan);
    await settle(model);
    expect([box.selectionStart, box.selectionEnd], 'the same offset in a new text').to.deep.equal([3, 3]);
  });

  it('keeps the newer draft aside when "Brug den nye kladde" is undone (the work here was saved over it, and it was kept nowhere)', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    await wait700();
    await type(model, '!');
    otherTabWrites('Derfra', model.plan);
    await settle(model);
    noticeButton(model, 'Brug den nye kladde')!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Derfra');
    expect(kept()).to.deep.equal(['Her!']);
    noticeButton(model, 'Fortryd')!.click();
    await settle(model);
    await wait700();
    expect(model.plan.titel).to.equal('Her!');
    expect(stored()).to.equal('Her!');
    expect(kept(), 'the other tab\'s work').to.deep.equal(['Derfra']);
  });

  it('keeps aside another tab\'s draft it saved over in the same moment, and goes on (it showed that draft, stored nowhere, as saved)', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    await wait700();
    // The other tab's save came first; its storage event comes after this tab's own save.
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(createPlan({ titel: 'Derfra' })) }));
    await settle(model);
    expect(model.plan.titel).to.equal('Her');
    expect(kept()).to.deep.equal(['Derfra']);
    expect(noticeText(model)).to.include('«Derfra»').and.not.include('ændret i et andet faneblad');
    await type(model, '!');
    await wait700();
    expect(stored(), 'saving goes on').to.equal('Her!');
  });

  it('keeps nothing aside of an example loaded and not edited when a tab another tab\'s save stopped is hidden', async () => {
    const model = await typingWhileAnotherTabSaves();
    await startFromExample(model, 'jobcenter');
    window.dispatchEvent(new Event('pagehide'));
    expect(kept(), 'the work typed, not the example').to.deep.equal(['Her!']);
  });

  it('drops its own save still waiting when another tab\'s newer draft of the plan arrives (it wrote the older plan over it)', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    await wait700();
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Andet' })));
    otherTabRemoves(); // the work here is saved again in a moment…
    otherTabWrites('Nyere', model.plan); // …but the other tab saves a newer state of it first
    await wait700();
    expect(stored()).to.equal('Nyere');
    expect(model.plan.titel).to.equal('Nyere');
  });

  it('keeps a restored draft\'s Discard, and the focus on it, when another tab saves a newer one before any edit here', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde', updatedAt: '2026-11-27T10:32:00.000Z' })));
    const model = await keyedModel();
    await settle(model);
    const discard = noticeButton(model, 'Kassér kladden')!;
    discard.focus();
    otherTabWrites('Derfra', model.plan);
    await settle(model);
    expect(model.plan.titel).to.equal('Derfra');
    expectSameNode(deepActiveElement(), noticeButton(model, 'Kassér kladden')!);
    noticeButton(model, 'Kassér kladden')!.click();
    await settle(model);
    expect(model.plan.titel, 'back to the plan before any draft').to.equal('');
    expect(stored()).to.equal(undefined);
  });

  it('saves its work again when another tab removes the draft (set aside there by the page\'s plan or a reset), not saying "saved" over nothing', async () => {
    const model = await keyedModel();
    await type(model, 'Alpha');
    await wait700();
    expect(stored()).to.equal('Alpha');
    // Another tab set it aside and removed the draft.
    localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: null, storageArea: localStorage }));
    await wait700();
    expect(stored(), 'the work shown here is stored again').to.equal('Alpha');
  });

  it('carries drafts kept in memory only to the storage-key set later (the documented late key lost them)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model></kompetence-model></div>`);
    const model = wrapper.firstElementChild as KompetenceModel;
    await settle(model);
    await type(model, 'Beta');
    model.plan = { ...createPlan(), titel: 'Sidens plan' };
    await settle(model);
    model.storageKey = key;
    await settle(model);
    await wait700();
    expect(kept(), 'the work the page\'s plan replaced, saved aside under the key').to.deep.equal(['Beta']);
  });

  it('ignores other keys and a draft removed in another tab', async () => {
    const model = await keyedModel();
    window.dispatchEvent(new StorageEvent('storage', { key: `${key}:tilsidesat`, newValue: '{}' }));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: null }));
    await settle(model);
    expect(noticeText(model)).to.equal('');
    await type(model, 'Her');
    await wait700();
    expect(stored()).to.equal('Her');
  });

  it('says it in English', async () => {
    let wrapper!: HTMLElement;
    await warnings(async () => {
      wrapper = await fixture<HTMLElement>(html`<div lang="en"><kompetence-model storage-key=${key}></kompetence-model><kompetence-model storage-key=${key}></kompetence-model></div>`);
      await settle(wrapper.lastElementChild as KompetenceModel);
    });
    const [first, second] = [...wrapper.children] as KompetenceModel[];
    expect(noticeText(second!)).to.equal('Another plan on this page keeps its draft in the same place, so this one is not saved as a draft. Download the plan to keep it.');
    otherTabWrites('There', first!.plan);
    await settle(first!);
    expect(noticeText(first!)).to.equal('The plan here was updated with the draft from another tab or window.');
    await type(first!, '!');
    otherTabWrites('There, again');
    await settle(first!);
    expect(noticeText(first!)).to.match(/^The draft was changed in another tab or window\. .* Use the newer draft$/);
  });


  // K2 (draft-keys.ts handOn: `if (!first.waiting) return;`)
  it('a second element coming to the key does not make the saving one take its turn again (its own last save was offered as another element\'s draft)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><kompetence-model storage-key=${key}></kompetence-model></div>`);
    const first = wrapper.firstElementChild as KompetenceModel;
    await type(first, 'Her');
    await wait700();
    await type(first, '!');
    await warnings(async () => {
      await settle(addModel(wrapper));
      await settle(first);
    });
    expect(noticeText(first)).to.equal('');
    expect(kept()).to.deep.equal([]);
    await wait700();
    expect(stored()).to.equal('Her!');
  });

  // R4 (drafts.ts savedOver: `&& now === this.#written`)
  it('follows another tab\'s saves heard late (a tab in the background) without keeping each aside, and one discarded there stays discarded', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    await wait700();
    const plan = model.plan;
    const saves = ['Her, ret', 'Her, rettet'].map((titel) => JSON.stringify({ ...plan, titel }));
    // The other tab saved twice, then discarded the draft, before this tab heard any of it.
    localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue: JSON.stringify(plan), newValue: saves[0] }));
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue: saves[0], newValue: saves[1] }));
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue: saves[1], newValue: null }));
    await settle(model);
    await wait700();
    expect(kept(), 'no draft kept aside for each of its saves, nor the discarded one put back').to.deep.equal([]);
    expect(stored()).to.equal(undefined);
  });

  // S9 (draft-session.ts #storageChanged: `if (this.#state === 'restored') this.#state = undefined;`)
  it('says only that the draft was removed when another tab discards the restored draft shown here (not that it is restored, with its Discard)', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde' })));
    const model = await keyedModel();
    await settle(model);
    expect(noticeText(model)).to.match(/^Din kladde fra .+ er hentet frem\. Kassér kladden$/);
    otherTabRemoves();
    await settle(model);
    expect(model.plan.titel).to.equal('');
    expect(noticeText(model)).to.equal('Kladden er fjernet i et andet faneblad eller vindue.');
  });

  // S10 (draft-session.ts #storageChanged: `this.#ownWork = true;` when another tab's draft is shown)
  it('keeps another tab\'s draft, shown here, aside when the page gives its plan (the next edit saved over it, and the other tab followed)', async () => {
    const model = await keyedModel();
    await settle(model);
    otherTabWrites('Derfra');
    await settle(model);
    expect(model.plan.titel).to.equal('Derfra');
    model.plan = createPlan({ titel: 'Sidens plan' });
    await settle(model);
    await type(model, '!');
    await wait700();
    expect(stored()).to.equal('Sidens plan!');
    expect(kept(), 'the other tab\'s work').to.deep.equal(['Derfra']);
    expect(noticeText(model)).to.include('«Derfra»');
  });

  // S11 (draft-session.ts #storageChanged: `this.#savedAt = newer.plan.updatedAt;`)
  it('an untouched tab that shows another tab\'s draft says when it was saved, and can discard it there (a shared PC)', async () => {
    const model = await keyedModel();
    await settle(model);
    otherTabWrites('Derfra');
    await settle(model);
    expect(toolsHint(model)).to.match(/Kladde gemt kl\. \d+\.\d+\. Kassér kladden$/);
    [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="tools"] .hint button')].find((b) => b.textContent!.trim() === 'Kassér kladden')!.click();
    await settle(model);
    expect(stored()).to.equal(undefined);
  });

  // S12 (draft-session.ts #storageChanged: `if (this.#draft) this.#draft = newer.plan;`)
  it('the restored draft\'s notice gives the time of the newer draft another tab saved, now shown', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde', updatedAt: '2026-11-27T10:32:00.000Z' })));
    const model = await keyedModel();
    await settle(model);
    otherTabWrites('Derfra', { ...model.plan, updatedAt: '2026-11-27T11:45:00.000Z' });
    await settle(model);
    expect(model.plan.titel).to.equal('Derfra');
    expect(noticeText(model)).to.include('kl. 11.45').and.not.include('10.32');
  });

  // S13 (draft-session.ts #takeOver: `this.model.notify(undefined);` before #restore)
  it('drops an Undo of a plan it no longer shows when, back in the page, it shows the newer draft another element saved (Undo saved the old plan over that draft)', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde' })));
    const model = await keyedModel();
    await settle(model);
    noticeButton(model, 'Kassér kladden')!.click();
    await settle(model);
    expect(noticeButton(model, 'Fortryd')).to.not.equal(undefined);
    const wrapper = model.parentElement!;
    model.remove(); // a view kept alive: the route changes…
    await wait(0);
    const next = addModel(wrapper);
    await settle(next);
    await type(next, 'Ny kladde');
    await wait700();
    next.remove(); // …and back
    wrapper.append(model);
    await settle(model);
    expect(model.plan.titel).to.equal('Ny kladde');
    expect(noticeButton(model, 'Fortryd'), 'no Undo back to the discarded draft').to.equal(undefined);
  });

  // S14 (draft-session.ts #takeOver: `!samePlan(stored, this.model.plan())`)
  it('an element back in the page with the plan it saved says nothing (no "restored" of the plan it showed all along)', async () => {
    const model = await keyedModel();
    await type(model, 'Her');
    await wait700();
    const wrapper = model.parentElement!;
    model.remove();
    await wait(0);
    wrapper.append(model);
    await settle(model);
    expect(model.plan.titel).to.equal('Her');
    expect(noticeText(model)).to.equal('');
  });

  // S4 (draft-session.ts pageGave: `this.#unsaved = false;`)
  it('an element waiting for the key, whose work the page replaced, shows the stored draft when its turn comes (the page\'s plan is no work of the user\'s)', async () => {
    const { saving, waiting } = await savingAndWaiting('Deres arbejde');
    await type(waiting, 'Mit arbejde');
    waiting.plan = createPlan({ titel: 'Sidens plan' });
    await settle(waiting);
    saving.remove();
    await settle(waiting);
    expect(waiting.plan.titel).to.equal('Deres arbejde');
    expect(noticeText(waiting)).to.match(/^Din kladde fra .+ er hentet frem\./).and.include('«Mit arbejde»');
    localStorage.removeItem(`${key}:tilsidesat`);
  });

  // S2 (draft-session.ts replaced: `!samePlan(before, this.#pagePlan ?? this.model.given())`) and
  // S3 (draft-session.ts pageGave: `!(this.#pagePlan && samePlan(before, this.#pagePlan))`)
  it('keeps the page\'s own plan aside neither when an example replaces it nor when the page gives another, once an edit of it was typed and taken back', async () => {
    const model = await keyedModel();
    model.plan = createPlan({ titel: 'Sidens plan' });
    await settle(model);
    await type(model, '!');
    await sendKeys({ press: 'Backspace' });
    await settle(model);
    await startFromExample(model, 'jobcenter');
    expect(kept(), 'an example loaded').to.deep.equal([]);
    noticeButton(model, 'Fortryd')!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Sidens plan');
    model.plan = createPlan({ titel: 'Sidens næste plan' });
    await settle(model);
    expect(kept(), 'the page\'s next plan').to.deep.equal([]);
    expect(noticeText(model)).not.to.include('«Sidens plan»');
  });

  // S22 (draft-session.ts renderNotices: `act = (k) => editable && (!!this.#drafts || k.unsaved)`)
  it('offers no action on a stored kept draft while another tab saves (the step would not be saved, and it said "kept only while the page is open")', async () => {
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([createPlan({ titel: 'K1' })]));
    const model = await keyedModel();
    await settle(model);
    await type(model, 'Her');
    otherTabWrites('Derfra');
    await settle(model);
    expect(noticeText(model)).to.include('«K1»');
    expect(noticeButton(model, 'Kassér den')).to.equal(undefined);
    expect(noticeButton(model, 'Gå tilbage til den')).to.equal(undefined);
  });

  // S24 (draft-session.ts open: `key === this.#queuedKey ? this.#kept : this.#kept.filter((k) => k.unsaved)`)
  it('no longer shows the kept drafts of a storage-key the page took away (the user logged out on a shared PC)', async () => {
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([createPlan({ titel: 'Privat' })]));
    const model = await keyedModel();
    await settle(model);
    expect(noticeText(model)).to.include('«Privat»');
    model.storageKey = null;
    await settle(model);
    expect(noticeText(model)).not.to.include('«Privat»');
  });

  it('shows the next user neither the plan saved under the storage-key the page took away nor its Undo (a single-page app on a shared PC)', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Bruger A' })));
    const model = await keyedModel();
    await settle(model);
    await startFromExample(model, 'jobcenter'); // an Undo that would put user A's plan back
    await wait700();
    model.storageKey = null; // user A logs out
    await settle(model);
    expect(model.plan.titel, 'the plan saved under the key is not shown once the key is gone').to.equal('');
    model.storageKey = `${key}-b`; // user B logs in, with no draft yet
    await settle(model);
    expect(model.plan.titel).to.equal('');
    expect(noticeButton(model, 'Fortryd'), 'no Undo back to user A\'s plan').to.equal(undefined);
    await type(model, 'B');
    await wait700();
    expect(JSON.parse(localStorage.getItem(`${key}-b`)!).titel, 'nothing of user A\'s is saved under user B\'s key').to.equal('B');
    expect(JSON.parse(localStorage.getItem(key)!).titel, 'user A\'s work stays under A\'s key').to.equal(examples.jobcenter.titel);
  });

  it('"Kassér kladden" of the next user\'s restored draft goes back to the page\'s plan, not to the plan of the storage-key before', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Bruger A' })));
    localStorage.setItem(`${key}-b`, JSON.stringify(createPlan({ titel: 'Bruger B' })));
    const model = await keyedModel();
    await settle(model);
    model.storageKey = `${key}-b`;
    await settle(model);
    noticeButton(model, 'Kassér kladden')!.click();
    await wait700();
    expect(model.plan.titel).to.equal('');
    expect(localStorage.getItem(`${key}-b`)).to.equal(null);
  });

  it('keeps work the storage could not save on the screen when the storage-key changes (nothing else keeps it)', async () => {
    const model = await keyedModel();
    await settle(model);
    await type(model, 'Gemt,');
    await wait700();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
    try {
      await type(model, ' ikke gemt');
      await wait700();
      model.storageKey = null;
      await settle(model);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(model.plan.titel).to.equal('Gemt, ikke gemt');
  });

  // S39 (draft-session.ts pageGave: `!samePlan(before, plan) &&` before clearing a notice with Undo)
  it('keeps the Undo when the page saves each change and loads it back a moment later (its server stamps the time): the plan is the same', async () => {
    const model = await keyedModel();
    await settle(model);
    model.addEventListener('kompetence-change', (e) => {
      const plan = (e as CustomEvent<{ value: Plan }>).detail.value;
      void Promise.resolve().then(() => (model.plan = { ...plan, updatedAt: '2030-01-01T00:00:00.000Z' }));
    });
    await startFromExample(model, 'jobcenter');
    expect(model.plan.updatedAt, 'loaded back').to.equal('2030-01-01T00:00:00.000Z');
    expect(noticeButton(model, 'Fortryd'), 'Undo still offered').to.not.equal(undefined);
  });

  // S1 (draft-session.ts edited: `this.#beforeDraft = undefined;`)
  it('"Kassér kladden" on the saving line goes back to the page\'s plan the user edited, not to the plan before a draft the page replaced', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde' })));
    const model = await keyedModel();
    await settle(model);
    model.setAttribute('plan', JSON.stringify(createPlan({ titel: 'Sidens plan' })));
    await settle(model);
    await type(model, '!');
    await wait700();
    [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="tools"] .hint button')].find((b) => b.textContent!.trim() === 'Kassér kladden')!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Sidens plan');
  });

  // X6 (draft-session.ts #leaveDraft: `this.#beforeDraft ?? this.model.given()`)
  it('"Kassér kladden" goes back to the plan the page gave as a property (a framework), not to an empty plan', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde' })));
    const model = document.createElement('kompetence-model') as KompetenceModel;
    model.plan = createPlan({ titel: 'Sidens plan' });
    model.storageKey = key;
    (await fixture<HTMLElement>(html`<div></div>`)).append(model);
    await settle(model);
    expect(model.plan.titel).to.equal('Min kladde');
    noticeButton(model, 'Kassér kladden')!.click();
    await settle(model);
    expect(model.plan.titel).to.equal('Sidens plan');
  });

  // S6 (draft-session.ts reset: `this.#unsaved = false;`)
  it('a form reset while a save waited leaves nothing unsaved: another tab\'s newer draft is shown, as in an untouched tab', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><kompetence-model storage-key=${key}></kompetence-model></form>`);
    const model = form.firstElementChild as KompetenceModel;
    await type(model, 'Her');
    form.reset();
    await settle(model);
    expect(kept()).to.deep.equal(['Her']);
    otherTabWrites('Derfra');
    await settle(model);
    expect(model.plan.titel).to.equal('Derfra');
    expect(noticeText(model)).not.to.include('Kladden er ændret i et andet faneblad');
  });

  // X23 (draft-session.ts reset: `if (this.#state === 'restored') this.#state = undefined;`)
  it('a form reset of a restored draft no longer says the draft is restored, with a Discard (it is kept aside)', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde' })));
    const form = await fixture<HTMLFormElement>(html`<form><kompetence-model storage-key=${key}></kompetence-model></form>`);
    const model = form.firstElementChild as KompetenceModel;
    await settle(model);
    form.reset();
    await settle(model);
    expect(model.plan.titel).to.equal('');
    expect(noticeText(model)).to.include('«Min kladde»').and.not.match(/hentet frem/);
    expect(noticeButton(model, 'Kassér kladden')).to.equal(undefined);
  });

  // S7 (draft-session.ts open: `if (this.model.notice()?.kept) this.model.notify(undefined);`)
  it('drops the Undo of a step on the kept drafts when the storage-key changes (it put one key\'s draft into the other key\'s list)', async () => {
    localStorage.setItem(`${key}:tilsidesat`, JSON.stringify([createPlan({ titel: 'Bruger A' })]));
    const model = await keyedModel();
    await settle(model);
    noticeButton(model, 'Kassér den')!.click();
    await settle(model);
    expect(noticeButton(model, 'Fortryd')).to.not.equal(undefined);
    model.storageKey = `${key}-b`;
    await settle(model);
    expect(noticeButton(model, 'Fortryd')).to.equal(undefined);
  });

  // S18 (draft-session.ts #leaveDraft: `this.#ownWork = false;`)
  it('after "Kassér kladden", a plan the page gives keeps nothing aside (the plan gone back to is no work of the user\'s)', async () => {
    localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Min kladde' })));
    const model = await keyedModel();
    await settle(model);
    noticeButton(model, 'Kassér kladden')!.click();
    await settle(model);
    model.plan = createPlan({ titel: 'Sidens plan' });
    await settle(model);
    expect(kept()).to.deep.equal([]);
    expect(noticeText(model)).not.to.include('lagt til side');
  });

  // X5 (draft-session.ts #restore: `this.#savedAt = '';`)
  it('an element back in the page that shows the newer draft another element saved does not say "saved at" its own earlier save', async () => {
    const { wrapper, saving, waiting } = await savingAndWaiting('Version 1');
    saving.remove(); // its save waiting is written as it goes: "Kladde gemt kl. …" there
    await settle(waiting);
    await type(waiting, ' og 2');
    waiting.remove();
    await nextFrame();
    wrapper.append(saving);
    await settle(saving);
    expect(saving.plan.titel).to.equal('Version 1 og 2');
    expect(noticeText(saving)).to.match(/^Din kladde fra .+ er hentet frem\. Kassér kladden$/);
    expect(toolsHint(saving), 'the notice says which draft it is').not.to.match(/Kladde gemt/);
  });
});

describe('<kompetence-model>: the drafts hint agrees with the notice', () => {
  const key = 'test-hint';

  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  const toolsHint = (m: KompetenceModel) => [...m.shadowRoot!.querySelectorAll('[part="tools"] .hint')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');

  async function render(): Promise<KompetenceModel> {
    const wrapper = await fixture<HTMLElement>(html`<div lang="da"><kompetence-model storage-key=${key}></kompetence-model></div>`);
    const model = wrapper.firstElementChild as KompetenceModel;
    await model.updateComplete;
    return model;
  }

  async function typeAndSave(model: KompetenceModel, text: string): Promise<void> {
    model.shadowRoot!.querySelector<HTMLInputElement>('#titel')!.focus();
    await sendKeys({ type: text });
    window.dispatchEvent(new Event('pagehide'));
    await model.updateComplete;
  }

  it('with storage blocked, does not say the plan is saved as a draft', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); } });
    try {
      const model = await render();
      await typeAndSave(model, 'x');
      expect(noticeText(model)).to.match(/^Kladder kan ikke gemmes/);
      expect(toolsHint(model)).not.to.match(/gemmes som kladde|Kladde gemt/);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('when the storage is full, drops "Kladde gemt kl." and the promise to save; both come back when a save succeeds', async () => {
    const model = await render();
    await typeAndSave(model, 'a');
    expect(toolsHint(model)).to.match(/Planen gemmes som kladde i denne browser, mens du skriver\. Kladde gemt kl\. \d/);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await typeAndSave(model, 'b');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(noticeText(model)).to.match(/lager er fuldt/);
    expect(toolsHint(model)).not.to.match(/gemmes som kladde|Kladde gemt/);
    await typeAndSave(model, 'c');
    expect(noticeText(model)).to.equal('');
    expect(toolsHint(model)).to.match(/Kladde gemt kl\. \d/);
  });
});
