/**
 * Property names of the package's own internals that the browser bundle shortens (the minifier's
 * `mangleProps`, vite.config.ts): 0.8 KB gzip of the bundle, 0.3 KB of `<laeringsform-vaelger>` alone.
 * dist/*.js and the .d.ts files keep every name as written; only the self-contained bundle, which
 * nothing outside it reaches into, has the short ones.
 *
 * A name belongs here only when all of these hold (the names are renamed wherever they occur in the
 * bundle, on any object):
 * - it is no public API: not in README, docs/, the manifest's public members or the model's types
 *   (scripts/build.mjs fails on a public member of custom-elements.json and on a member declared in
 *   the .d.ts files under dist/model/ or the plan context's type);
 * - lit, @lit/context, zod and the DOM have no property of that name (not `badInput`, a key of
 *   `setValidity`, nor a lit lifecycle method or a key of the plan JSON), not even one the package
 *   does not use today (`show`, `cancel`, `commit` are left out: a `<dialog>`'s `show()` added later
 *   would call nothing in the bundle alone);
 * - it is never read by a string: not `changed.has('…')` (so no reactive property whose changes are
 *   looked up, e.g. `locale`, `formDisabled`), not `obj['…']`, not a message key built as
 *   `m[`${key}Hint`]`, not a `.name=${…}` property binding in a template (`headingOffset`);
 *   scripts/build.mjs fails when one of them is left in quotes in the bundle;
 * - it is not a member of `planContext`'s value (`edit`, `typing`…): the context is keyed by
 *   `Symbol.for`, shared with a copy of the elements from dist/*.js on the same page.
 * `npm test` also runs the element tests against the built bundle (web-test-runner.bundle.config.mjs),
 * so a listed name that breaks behaviour fails there, while the tests against src/ cannot see it.
 */
export const mangledProps = [
  // Protected and private members of the element base classes and the elements, and the members
  // of the drafts' and mobility list's adapters.
  'adviceTargets', 'clearInputIssues', 'contextContentLang', 'contextPlan', 'contextSeen', 'controlsById',
  'currentValue', 'disabledNow', 'editable', 'emptyValue', 'eventsStayInside', 'exampleLoaded',
  'focusNotice', 'headingLevel', 'inputIssues', 'loadKept', 'localeChanged', 'missingAnchor',
  'nestedInFieldElement', 'pageGave', 'parseInput', 'planPart', 'planProvided', 'planSlice',
  'refreshLocale', 'renderInputIssues', 'renderLiveAdvice', 'renderNotices', 'renderSaving',
  'savedOver', 'setAsideKey', 'settleAdvice', 'stopLangListener', 'syncForm', 'tellInvalid', 'textLang', 'textLocale',
  'unreadableKey', 'unsetValue', 'valueAttribute', 'writeKept',
  // Methods of the controllers (drafts, pauses, removal) and fields of internal records.
  'discard', 'edited', 'emit', 'folded', 'given', 'kept', 'notify', 'replaced', 'restart', 'say',
  'schedule', 'settle', 'typed', 'unsaved',
  // Keys of the elements' message tables and of internal option objects, each read as `m.key`.
  'addArrangement', 'addItem', 'adviceCount', 'adviceOn', 'allAdvice', 'allFamilies', 'alsoRequired',
  'anchoringHint', 'backToDraft', 'badDate', 'badInputKept', 'badInputTitle', 'badQuery', 'basedOn',
  'chooseExample', 'chosenOf', 'collectiveDateHint', 'countError', 'countHint', 'coveredByForm', 'coveredByText',
  'daysCleared', 'daysNotPartTime', 'dependsOn', 'discardSetAside', 'downloadCalendar',
  'downloadDisabled', 'downloadHint', 'draftLoaded', 'exampleHint', 'exportJson', 'fileLoaded',
  'forExperience', 'fromTableHint', 'goTo', 'goalsHint', 'goalsHintInPlan', 'guidanceShown',
  'importHint', 'importJson', 'keptUnsaved', 'licenceAbout', 'licenceNone', 'loadExample', 'mixEmpty',
  'mobilityHint', 'moreIssues', 'nameHint', 'noAdvice', 'noDates', 'noItems', 'noMobility', 'noTempo',
  'notCovered', 'notDone', 'notGiven', 'notImported', 'notReady', 'notStarted', 'offerAdd', 'onTurn', 'overdue',
  'pay', 'periodHint', 'periodStart', 'reasonsHint', 'rec', 'relatedGood', 'relatedHint',
  'removeArrangement', 'removeInCalendar', 'removedElsewhere', 'requirementsHint', 'scopeUnusual',
  'setAsideDiscarded', 'spillereglerHint', 'suitsNot', 'tempiHint', 'tempiTitle', 'termsHint', 'tips',
  'toMeet', 'toTools', 'tooGeneral', 'transitionDate', 'transitionText', 'transitionType', 'uid',
  'untitled', 'updatedElsewhere', 'useExample', 'useNewerDraft',
];
