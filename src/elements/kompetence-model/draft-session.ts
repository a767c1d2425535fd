import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatTime } from '../../internal/format-date.js';
import { keyed } from '../../internal/keyed.js';
import type { Lang } from '../../model/ids.js';
import { parsePlan } from '../../model/parse.js';
import type { Plan } from '../../model/plan.js';
import { claimKey, releaseKey } from './draft-keys.js';
import { Drafts, type DraftProblem } from './drafts.js';
import { messages } from './kompetence-model.messages.js';

type Messages = (typeof messages)['da'];

/**
 * A draft kept aside under the drafts' side key and offered back, with why: the page replaced it
 * (its plan or example), another element's draft met the user's own work, a kept draft taken back
 * replaced it, or (read from storage) an earlier visit.
 */
type Kept = {
  plan: Plan;
  by: 'setAside' | 'setAsideOwnWork' | 'setAsideSwapped' | 'setAsideEarlier';
  /** Kept while this element saves no drafts (it waits for the key, or another tab saves there): in memory only until it does. */
  unsaved?: boolean;
};

/** A step on the kept drafts, to undo: the one to offer again, the one to take out. */
export type KeptStep = { add?: Kept; remove?: Plan };

/**
 * A notice of `<kompetence-model>`, kept as what it says (its message and that message's
 * arguments) rather than as text, so it is shown in the language of the moment, also after `lang`
 * changes. Its Undo button goes back to the plan `undo` and undoes the step `kept` on the kept drafts.
 */
export type Notice = { say: (m: Messages, lang: Lang) => string; undo?: Plan; kept?: KeptStep };

/**
 * What the drafts say: restored, a storage problem, or no drafts because the key is not this
 * element's alone: another `<kompetence-model>` on the page saves under it (`shared`), or another
 * tab or window changed the draft (`elsewhere`).
 */
type DraftState = 'restored' | DraftProblem | 'shared' | 'elsewhere';

/**
 * A plan as text with its keys in one order: a kept draft read back from storage has the schema's
 * order, a plan made from an example the example's, and the same plan must compare the same.
 */
const canonical = (plan: Plan): string => JSON.stringify({ ...plan, updatedAt: '' }, (_, v: unknown) => v && typeof v == 'object' && !Array.isArray(v)
  ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
  : v);

/** The same plan, apart from when it was last saved. */
const samePlan = (a: Plan, b: Plan): boolean => canonical(a) === canonical(b);

/** `<kompetence-model>` as its drafts see it. */
type Host = ReactiveControllerHost & HTMLElement & { readonly storageKey: string | null };

/** What the drafts do to `<kompetence-model>`'s plan and notice (its own, private, ways). */
export interface PlanAccess {
  /** The plan shown. */
  plan(): Plan;
  /** The plan the page gave (attribute or example), else the empty plan: what a form reset returns to. */
  given(): Plan;
  /** Whether the user can edit (not read-only, not in a disabled fieldset). */
  editable(): boolean;
  /** Shows `plan`, not as the user's edit (no event). */
  show(plan: Plan): void;
  /**
   * Makes `plan` the user's edit (one change event), with a notice that says `say` and offers to
   * undo it and the step `kept`; `keepTime`: it keeps its own `updatedAt`.
   */
  replace(plan: Plan, say: Notice['say'], keepTime: boolean, kept?: KeptStep): void;
  /** The plan shown is the user's edit: one change event. */
  emit(): void;
  notice(): Notice | undefined;
  notify(notice: Notice | undefined): void;
  /** Moves focus to the notices, once rendered. */
  focusNotice(): void;
}

/**
 * The drafts of `<kompetence-model>` as the user meets them. With a `storage-key` the plan is
 * saved in the browser as the user edits (`Drafts`) and restored on load, with a notice and
 * "Kassér kladden". The user's work that something else replaces is never lost: the page's plan or
 * example, an example or a file the user loads, a form reset, another element's draft met on
 * taking over the key, a kept draft taken back, or another tab's newer draft taken here each keep
 * the work they replace aside (`<key>:tilsidesat`, newest first), offered back until the user
 * takes it back or discards it; so does a tab that another tab's save stopped, when it is hidden.
 * One element per key and page saves (`draft-keys.ts`); another tab's save stops this one
 * (`elsewhere`) and offers its draft.
 */
export class DraftSession implements ReactiveController {
  #drafts: Drafts | undefined;
  #state: DraftState | undefined;
  /** The draft restored on load. */
  #draft: Plan | undefined;
  /** Drafts kept aside (newest first), each offered back until the user takes it back or discards it. */
  #kept: Kept[] = [];
  #savedAt = '';
  /** Whether a draft is stored under the key (restored or saved here): what Discard removes when storage is full. */
  #stored = false;
  /** The plan a restored draft replaced: "Kassér kladden" goes back to it. */
  #beforeDraft: Plan | undefined;
  /** The key this element is queued under (draft-keys.ts). */
  #queuedKey: string | undefined;
  /** The plan holds edits that are not saved as a draft (also while it waits for its key). */
  #unsaved = false;
  /** The plan the page gave last (`plan`, `example`): the page gives it again, so it need not be kept aside. */
  #pagePlan: Plan | undefined;
  /** Whether the plan shown is the user's work: a restored draft, or edited since the page gave a plan. */
  #ownWork = false;
  /** The work kept aside when the page was hidden while another tab saves under the key. */
  #hiddenWork: Plan | undefined;

  constructor(private readonly host: Host, private readonly model: PlanAccess) {
    host.addController(this);
  }

  /**
   * The field shown, kept for this tab under the storage key (`sessionStorage`): a restored draft
   * opens where the user was. A phone reloads a tab left in the background, and the page then
   * opened at field 1 at the scroll position of field 4, far from the text being written.
   */
  get field(): string | null {
    try {
      return this.host.storageKey && sessionStorage.getItem(`${this.host.storageKey}#felt`);
    } catch {
      return null;
    }
  }

  set field(id: string) {
    try {
      // A second element under the key saves nothing: the first one's draft opens where its user was.
      if (this.host.storageKey && this.#state !== 'shared') sessionStorage.setItem(`${this.host.storageKey}#felt`, id);
    } catch {
      // Storage disabled: a reload opens at the first field, as without a key.
    }
  }

  /** Whether the plan shown is a restored draft, not edited since. */
  get restored(): boolean {
    return this.#state === 'restored';
  }

  hostConnected(): void {
    addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#flush);
    addEventListener('storage', this.#storageChanged);
    // Back after it left the page (a move within one task keeps its place under the key): queued
    // again; first, it takes its turn, as another element may have saved there meanwhile.
    const key = this.host.storageKey;
    if (key && this.#state === 'shared' && this.#claim(key)) this.#takeOver();
    // Moved in the page, it asks again as before.
    this.hostUpdated();
  }

  /**
   * Work that no draft keeps (the storage is full or disabled, or another element saves under the
   * key) is lost when the page closes: the browser asks first. Listened to only then, as the
   * listener keeps the page out of some browsers' back/forward cache.
   */
  hostUpdated(): void {
    // The work here, unless kept aside as it is now, or drafts kept aside from it in memory only
    // (unwritten in a full storage): the listener goes once all of it is in the storage.
    const hidden = this.#hiddenWork;
    const work = (this.#ownWork && this.#unsaved && !(hidden && samePlan(this.model.plan(), hidden))) || this.#kept.some((k) => k.unsaved);
    window[this.host.isConnected && work && /^(full|unavailable|shared|elsewhere)$/.test(`${this.#state}`) ? 'addEventListener' : 'removeEventListener']('beforeunload', this.#askBeforeLeaving);
  }

  hostDisconnected(): void {
    removeEventListener('beforeunload', this.#askBeforeLeaving);
    removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#flush);
    removeEventListener('storage', this.#storageChanged);
    this.#drafts?.flush();
    // Work another tab's draft stopped saving is kept aside, as when the page is hidden (a
    // single-page app's new route takes the element, not the page). At once, as the flush: code
    // that removes the element to clear its keys (a logout) clears after it. Kept on a move in the
    // page too, where it is the plan shown, which is not offered.
    if (this.#state === 'elsewhere') this.#keepHidden();
    // Moved in the page (out and back in at once), it keeps its place under the key; gone, it
    // makes way for the next.
    queueMicrotask(() => {
      if (!this.host.isConnected) {
        this.#release();
        // Gone, it neither writes nor removes anything under the key it let go (code may still set
        // its plan, and another element saves there now): like one waiting for its turn.
        if (this.#drafts) {
          this.#drafts = undefined;
          this.#state = 'shared';
        }
      }
    });
  }

  /** The user edited the plan (`plan`, now shown): saved as the draft a moment later. */
  changed(plan: Plan): void {
    this.#ownWork = true;
    this.#unsaved = true;
    this.#drafts?.schedule(plan);
  }

  /**
   * The user's edit was announced. Once edited, the restored draft is the user's work: discarding
   * it would throw that work away (undo is the way back from the model's own actions).
   */
  edited(): void {
    if (this.#state === 'restored') {
      this.#state = undefined;
      this.#beforeDraft = undefined;
    }
  }

  /**
   * The user replaces the plan `before` (an example, a file, a form reset): their own work in it is
   * kept aside, as the next edit would end the Undo that is its only way back (a reset has none).
   * Gives the step on the kept drafts to undo with the plan.
   */
  replaced(before: Plan): KeptStep | undefined {
    // Without a key there are no drafts: what replaced the plan does what it does to any control.
    if (this.host.storageKey && this.#ownWork && !samePlan(before, this.#pagePlan ?? this.model.given())) {
      this.#keepAside({ plan: before, by: 'setAsideEarlier' });
      return { remove: before };
    }
  }

  /** The user loaded an example: not the user's work until edited, so a plan from the page replaces it without keeping it. */
  exampleLoaded(): void {
    this.#ownWork = false;
  }

  /**
   * The page (not the user) replaced the plan `before` with `plan`. The user's work it replaced (a
   * restored draft, or edits), which the next edit would save the page's plan over, is set aside,
   * not lost (kept under the drafts' side key and offered back), and "Kassér kladden" goes, as
   * there is no draft shown to discard. A page that saves each change and loads it again gives back
   * the plan's own content: nothing is replaced, so there is nothing to set aside or say.
   */
  pageGave(plan: Plan, before: Plan): void {
    this.edited();
    const own = this.#ownWork && !samePlan(before, plan) && !(this.#pagePlan && samePlan(before, this.#pagePlan));
    this.#pagePlan = plan;
    this.#ownWork = false;
    // What the user had not saved is kept aside below: the page's plan is not the user's work.
    this.#unsaved = false;
    // An Undo from before would put back a plan the page has replaced since.
    const notice = this.model.notice();
    if (!samePlan(before, plan) && (notice?.undo || notice?.kept)) this.model.notify(undefined);
    // Kept aside in the storage, the work is no longer the draft: a later visit, or the element put
    // back in the page, would restore it over the page's plan (and offer it twice).
    if (own && this.#keepAside({ plan: before, by: 'setAside' })) this.#dropDraft();
  }

  /**
   * A form reset returned from `before` to the given plan (attribute or example). The stored draft
   * goes (and a save still waiting): a reload starts from that same plan, where the draft would
   * bring back what was reset away, greeted as a "restored draft". The user's work is kept aside
   * and offered back, as a `<button type="reset">` pressed by mistake would otherwise lose the
   * saved draft.
   */
  reset(before: Plan): void {
    this.replaced(before);
    this.#dropDraft();
    this.#beforeDraft = undefined;
    if (this.#state === 'restored') this.#state = undefined;
    this.#unsaved = false;
    this.#ownWork = false;
  }

  /**
   * Saves under the element's `storage-key` (`null`: none) from now on, and restores the draft
   * stored there. Drafts kept while not saving (the other-tab state) are carried over to the same
   * key's list; another key keeps other drafts aside (and an Undo of a step on this key's would act
   * on those).
   */
  open(): void {
    this.#drafts?.flush();
    const key = this.host.storageKey;
    // Drafts kept in memory only (nothing could save them) go with the work to the new key.
    const carried = key === this.#queuedKey ? this.#kept : this.#kept.filter((k) => k.unsaved);
    if (key !== this.#queuedKey) {
      // Work saved under the key it leaves stays there, and not on the screen: with one key per
      // user, the next user of a shared PC saw it, and saved it under their own key. Work not saved
      // (a full storage) stays shown, as nothing else keeps it. An Undo would bring it back.
      if (this.#queuedKey && this.#stored && !this.#unsaved) {
        this.model.show(this.model.given());
        this.#ownWork = false;
        this.model.notify(undefined);
      }
      this.#release();
      if (this.model.notice()?.kept) this.model.notify(undefined);
    }
    this.#state = undefined;
    this.#savedAt = '';
    this.#stored = false;
    this.#drafts = undefined;
    this.#kept = carried;
    // The work a hide kept is a kept draft like any other now: the next hide must not take it out.
    this.#hiddenWork = undefined;
    if (key && this.#claim(key)) {
      // Work typed before the key came (or while it was not saved) is kept, as on a turn to save.
      if (this.#unsaved) {
        this.#takeOver('setAsideEarlier');
      } else {
        this.#restore(this.#load(key));
        this.#offerKept(carried);
      }
    }
  }

  /** Undoes a step on the kept drafts, on the list as it is now: the page or another tab may have kept drafts since. */
  undo({ add, remove }: KeptStep): void {
    this.#offerKept();
    const rest = this.#kept.filter((k) => !(remove && samePlan(k.plan, remove)) && !(add && samePlan(k.plan, add.plan)));
    this.#setKept(add ? [add, ...rest] : rest);
  }

  /**
   * Another tab or window wrote the draft. In step with it (nothing unsaved here, the same plan),
   * this tab shows that draft, or follows its removal. Otherwise saving here would write over that
   * work without a word: saving stops (a save still waiting is dropped; the plan here stays as it
   * is), and the notice says so and offers the newer draft.
   */
  #storageChanged = (e: StorageEvent): void => {
    const drafts = this.#drafts;
    if (drafts && e.key === drafts.setAsideKey) {
      // Another tab took a kept draft back or discarded it, or kept one: offered as it is now.
      this.#offerKept();
      this.host.requestUpdate();
      return;
    }
    // No key: the whole storage was cleared (another page's script), the draft with it.
    const cleared = !e.key && e.storageArea === localStorage;
    if (!drafts || (!cleared && e.key !== drafts.key)) return;
    // Saved here in the same moment, over the other tab's draft, which this tab never showed: that
    // draft is kept aside, and this tab goes on (the other tab, hearing this save, follows it and
    // offers its work back). Shown here, it was stored nowhere while both tabs said "saved".
    const over = e.newValue && drafts.savedOver(e.newValue) ? parsePlan(e.newValue) : undefined;
    if (over) {
      if (over.ok) this.#keepAside({ plan: over.plan, by: 'setAsideEarlier' });
      return;
    }
    const shown = this.model.plan();
    const other = (text: string | null) => (this.#unsaved || !text ? undefined : parsePlan(text));
    // Removed there (discarded, or set aside by a reset or the page's plan). The draft shown here,
    // with nothing unsaved, goes here too: saved again, it came back in the tab that discarded it.
    // Other work shown here is saved again, or it would be in this tab's memory only while it says
    // it is saved.
    if (e.newValue === null) {
      const removed = other(e.oldValue);
      if (removed?.ok && samePlan(removed.plan, shown)) {
        this.#leaveDraft();
        if (this.#state === 'restored') this.#state = undefined;
        this.#beforeDraft = undefined;
        this.model.notify({ say: (m) => m.removedElsewhere });
        this.host.requestUpdate();
      } else {
        // Cleared by a script, not discarded by the user: the drafts kept go back, as the work does.
        if (cleared) this.#setKept(this.#kept);
        if (this.#ownWork) drafts.schedule(shown);
      }
      return;
    }
    // Nothing here is unsaved: the newer draft of the same plan is shown, as a reload would show it,
    // and saving goes on (an untouched tab said its plan was no longer saved). A save still waiting
    // (the work here saved again above) would write over it. The notice goes with an Undo that would
    // put back, and save, a plan the draft replaced. Where the page gave the plan shown, another
    // plan's draft (the user's second plan, under one key per user) stops the saving here, as below.
    // (Two tabs opened before any draft each made a plan of their own id.)
    const newer = other(e.newValue);
    if (newer?.ok && (newer.plan.id === shown.id || !this.#pagePlan)) {
      drafts.cancel();
      if (!samePlan(newer.plan, shown)) {
        this.model.show(newer.plan);
        // What it said of the storage (a draft it could not read) is not of the plan shown now.
        if (this.#state !== 'restored') this.#state = undefined;
        this.#ownWork = true;
        this.#savedAt = newer.plan.updatedAt;
        if (this.#draft) this.#draft = newer.plan;
        this.model.notify({ say: (m) => m.updatedElsewhere });
        this.host.requestUpdate();
      }
      return;
    }
    // It keeps its place under the key: no other element here starts saving over the other tab's draft.
    drafts.cancel();
    this.#drafts = undefined;
    this.#state = 'elsewhere';
    this.host.requestUpdate();
  };

  /**
   * Queues this element under `key`: it saves there unless another (still in the page) came first
   * and does; then it waits (`shared`) for its turn.
   */
  #claim(key: string): boolean {
    this.#queuedKey = key;
    if (claimKey(key, this.host, () => this.#takeOver())) return true;
    // Without the key: a page may put a user's id in it, and consoles are collected into logs.
    if (this.#state !== 'shared') {
      console.warn('<kompetence-model>: another on this page has the same storage-key; this one (see its notice) keeps no draft. Give each its own key (not printed: it may hold a user id).');
    }
    this.#state = 'shared';
    this.host.requestUpdate();
    return false;
  }

  #release(): void {
    const key = this.#queuedKey;
    this.#queuedKey = undefined;
    if (key) releaseKey(key, this.host);
  }

  /**
   * Its turn to save under the key (the element before it left, or it came back to the page): the
   * stored draft may be newer work than the plan shown. Without unsaved work of its own, it shows
   * that draft as on a load (the plan shown until now one "Kassér kladden" away); with unsaved
   * work it keeps its plan and saves it, and the stored draft is set aside and offered back.
   * Either way nothing is lost.
   */
  #takeOver(by: Kept['by'] = 'setAsideOwnWork'): void {
    this.#state = undefined;
    const stored = this.#load(this.#queuedKey!);
    // The drafts kept under the key before its turn, which keeping another must not write over, and
    // those this element kept while it waited.
    this.#offerKept(this.#kept);
    if (stored && !samePlan(stored, this.model.plan())) {
      if (this.#unsaved) {
        this.#keepAside({ plan: stored, by });
      } else {
        // What it offered to undo was done to the plan it no longer shows.
        this.model.notify(undefined);
        this.#restore(stored);
      }
    }
    if (this.#unsaved) this.#drafts!.schedule(this.model.plan());
    this.host.requestUpdate();
  }

  #askBeforeLeaving = (e: BeforeUnloadEvent): void => {
    // Stopped by another tab's draft, the work is kept aside as the page goes: asked only when it cannot be.
    if (this.#state === 'elsewhere' && this.#keepHidden()) return;
    e.preventDefault();
    // Chromium before 119 asks only when `returnValue` is set.
    e.returnValue = true;
  };

  #flush = (e: Event): void => {
    if (e.type === 'pagehide' || document.visibilityState === 'hidden') {
      this.#drafts?.flush();
      if (this.#state === 'elsewhere') this.#keepHidden();
    }
  };

  /**
   * Another tab's draft stopped the saving here, and the page is hidden (or closed): the work here,
   * and the drafts kept in memory meanwhile, are kept aside under the key, as closing the tab would
   * lose them (the other tab offers them at once, a later visit too). The work is kept once per
   * state of it, its newer state in place of the one kept before, so a kept draft the other tab
   * discarded stays discarded. Whether they are kept (a full storage may refuse them).
   */
  #keepHidden(): boolean {
    const plan = this.model.plan();
    const last = this.#hiddenWork;
    // An example loaded and not edited is no work of the user's.
    const work = this.#ownWork && this.#unsaved && !(last && samePlan(plan, last));
    const keep = [...(work ? [plan] : []), ...this.#kept.filter((k) => k.unsaved).map((k) => k.plan)];
    // The key it queued under; once it left the page (and came back while another tab saved), its key.
    const key = this.#queuedKey ?? this.host.storageKey;
    if (!keep.length || !key) return true;
    const kept = new Drafts(key, () => {});
    if (!kept.writeKept([...keep, ...kept.loadKept().filter((p) => !keep.some((k) => samePlan(p, k)) && !(work && last && samePlan(p, last)))])) return false;
    if (work) this.#hiddenWork = plan;
    this.#keptSaved();
    return true;
  }

  /** The kept drafts are all in the storage now: none is said to be kept only while the page is open. */
  #keptSaved(): void {
    this.#kept = this.#kept.map((k) => ({ ...k, unsaved: false }));
    this.host.requestUpdate();
  }

  /** Saves under `key` from now on; gives the draft stored there, if any. */
  #load(key: string): Plan | undefined {
    this.#drafts = new Drafts(key, (problem) => this.#onReport(problem));
    return this.#drafts.load();
  }

  /** Shows a stored draft, with the notice that it was restored. */
  #restore(draft: Plan | undefined): void {
    if (draft) {
      this.#unsaved = false;
      // The draft shown is the stored one, said in the notice (with its Discard): not "saved at" an earlier save here.
      this.#savedAt = '';
      this.#stored = true;
      this.#beforeDraft = this.model.plan();
      this.model.show(draft);
      this.#state = 'restored';
      this.#draft = draft;
      this.#ownWork = true;
    }
  }

  #onReport(problem: DraftProblem | undefined): void {
    if (problem) {
      this.#state = problem;
      // The last save is no longer the plan's state: "saved at" would contradict the notice.
      this.#savedAt = '';
    } else {
      if (this.#state !== 'restored') this.#state = undefined;
      this.#savedAt = new Date().toISOString();
      this.#stored = true;
      this.#unsaved = false;
      // Reported only once a kept list the full storage refused is written too.
      this.#keptSaved();
    }
    this.host.requestUpdate();
  }

  #discardDraft(): void {
    const before = this.model.plan();
    this.#leaveDraft();
    this.#state = undefined;
    this.model.emit();
    this.model.notify({ say: (m) => m.discarded, undo: before });
    this.model.focusNotice();
  }

  /** Back to the plan the draft replaced, the stored draft gone: nothing shown is the user's work. */
  #leaveDraft(): void {
    this.model.show(this.#beforeDraft ?? this.model.given());
    this.#dropDraft();
    this.#ownWork = false;
  }

  /** The stored draft goes, and a save still waiting. */
  #dropDraft(): void {
    this.#drafts?.discard();
    this.#savedAt = '';
    this.#stored = false;
  }

  /**
   * The kept drafts, written under the side key at once (storage is where a later visit finds them).
   * Whether they are in the storage now.
   */
  #setKept(kept: Kept[]): boolean | undefined {
    // Written first: a list the full storage refused is in memory only, and said so.
    const saved = this.#drafts?.writeKept(kept.map((k) => k.plan));
    this.#kept = kept.map((k) => ({ ...k, unsaved: !saved }));
    this.host.requestUpdate();
    return saved;
  }

  /** Keeps a draft aside, newest first: one kept before is never written over. Whether it is stored. */
  #keepAside(aside: Kept): boolean | undefined {
    return this.#setKept([aside, ...this.#kept.filter((k) => !samePlan(k.plan, aside.plan))]);
  }

  /**
   * The drafts kept under the key (on an earlier visit, in another tab) are offered, until the user
   * takes each back or discards it. One that is the plan shown stays kept (it is not offered while
   * it is the plan shown): another tab may be about to save over the draft it equals. `carried`:
   * the drafts kept before, of which those kept while saving none are saved now.
   */
  #offerKept(carried: Kept[] = this.#kept): void {
    // Not saving here (waiting, or another tab's draft), the kept drafts are the ones in memory.
    if (!this.#drafts) return;
    const shown = this.model.plan();
    const stored = this.#drafts.loadKept();
    // Two tabs may each have kept the same work: offered once (and stored once from now on).
    // Each compared once (pairwise, 400 kept drafts took 5 s to load).
    const seen = new Set<string>();
    const kept: Kept[] = stored.filter((plan) => seen.size < seen.add(canonical(plan)).size)
      .map((plan) => ({ plan, by: carried.find((k) => samePlan(k.plan, plan))?.by ?? 'setAsideEarlier' }));
    const unsaved = carried.filter((k) => k.unsaved && !samePlan(k.plan, shown) && !kept.some((x) => samePlan(x.plan, k.plan)));
    if (unsaved.length || kept.length < stored.length) this.#setKept([...unsaved, ...kept]);
    else this.#kept = kept;
  }

  /**
   * A kept draft becomes the plan. The plan it replaces is the user's work too (unless it is the
   * page's own, which the page gives again): it is kept aside in its place, as the next edit would
   * save over it. Undo goes back to both.
   */
  #backToDraft(aside: Kept): void {
    const before = this.model.plan();
    const swapped = samePlan(before, this.#pagePlan ?? this.model.given()) ? undefined : before;
    this.#setKept([...(swapped ? [{ plan: swapped, by: 'setAsideSwapped' as const }] : []), ...this.#kept.filter((k) => k !== aside)]);
    // The draft as it was kept, with its own time (it is told apart by it).
    this.model.replace(aside.plan, (m) => m.loaded(m.draftLoaded), true, { add: aside, remove: swapped });
    this.model.focusNotice();
  }

  #discardKept(aside: Kept): void {
    this.#setKept(this.#kept.filter((k) => k !== aside));
    this.model.notify({ say: (m) => m.setAsideDiscarded, kept: { add: aside } });
    this.model.focusNotice();
  }

  /**
   * Another tab or window changed the draft: the user takes that draft here, as an edit that can
   * be undone, and this element saves again (the other one, hearing it, stops in turn).
   */
  #useNewerDraft(): void {
    const local = this.#ownWork ? this.model.plan() : undefined;
    this.#unsaved = false;
    this.open();
    const draft = this.#draft;
    if (this.#state === 'restored' && draft) {
      this.#state = undefined;
      this.model.show(this.#beforeDraft!);
      this.#beforeDraft = undefined;
      // The work here, which the next edit would save the newer draft over, is kept aside too.
      const swapped = local && !samePlan(local, draft) ? local : undefined;
      if (swapped) this.#keepAside({ plan: swapped, by: 'setAsideSwapped' });
      // Undone, the work here is saved over the newer draft, which is then kept aside and offered.
      this.model.replace(draft, (m) => m.loaded(m.draftLoaded), true, { add: { plan: draft, by: 'setAsideEarlier' }, remove: swapped });
    } else if (local) this.changed(local); // no newer draft it could read: the work here is saved
    this.model.focusNotice();
  }

  /** What the drafts say in the notices: the restored draft or the drafts' state, and each kept draft. */
  renderNotices(lang: Lang): TemplateResult {
    const m = messages[lang];
    const state = this.#state;
    const editable = this.model.editable();
    const shown = this.model.plan();
    // Offered back where the user can act; said while read-only only when it just happened. One that
    // is the plan shown has nothing to go back to (until the plan is edited).
    const kept = this.#kept.filter((k) => (editable || k.by === 'setAside' || k.by === 'setAsideOwnWork') && !samePlan(k.plan, shown));
    // A draft kept under the key is acted on only while this element saves there: in the other-tab
    // state the step would not be saved. One kept in memory meanwhile can be.
    const act = (k: Kept) => editable && (!!this.#drafts || k.unsaved);
    const draft = state === 'restored'
      ? html`<p>${m.restored(formatTime(this.#draft!.updatedAt, lang))}
          ${editable ? html`<button type="button" @click=${() => this.#discardDraft()}>${m.discard}</button>` : nothing}</p>`
      : state
        ? html`<p>${m[state]}
            ${state === 'elsewhere' && editable ? html`<button type="button" @click=${() => this.#useNewerDraft()}>${m.useNewerDraft}</button>` : nothing}
            ${state === 'full' && editable && this.#stored // A draft saved before stays stored: it can still be discarded.
              ? html`<button type="button" @click=${() => this.#discardDraft()}>${m.discard}</button>` : nothing}</p>`
        : nothing;
    // Keyed, so a focused button stays with its draft when another tab takes one before it away.
    return html`${draft}${keyed(kept, (k) => k.plan.id + k.plan.updatedAt, (k, i) => html`<p><span id="kept-${i}">${m[k.by](formatTime(k.plan.updatedAt, lang), k.plan.titel.trim())}${k.unsaved ? ` ${m.keptUnsaved}` : ''}</span>
      ${act(k) // Described by their line: with two drafts kept, the buttons share names.
        ? html`<button type="button" aria-describedby="kept-${i}" @click=${() => this.#backToDraft(k)}>${m.backToDraft}</button>
            <button type="button" aria-describedby="kept-${i}" @click=${() => this.#discardKept(k)}>${m.discardSetAside}</button>`
        : nothing}</p>`)}`;
  }

  /**
   * That drafts are saved here, and when last; nothing when they are not (or cannot be). Once one is
   * saved, it can be discarded right there: on a shared PC the next user of the browser would see it,
   * and the restored draft's own Discard comes only on the next visit, until the first edit.
   */
  renderSaving(lang: Lang): TemplateResult | typeof nothing {
    const m = messages[lang];
    return this.#drafts && this.#state !== 'full' && this.#state !== 'unavailable'
      ? html`<p class="hint">${m.drafts} ${this.#savedAt ? m.saved(formatTime(this.#savedAt, lang, false)) : ''}${this.#savedAt && this.model.editable()
        ? html` <button type="button" @click=${() => this.#discardDraft()}>${m.discard}</button>`
        : nothing}</p>`
      : nothing;
  }
}
