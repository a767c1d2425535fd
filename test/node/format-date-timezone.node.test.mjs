// formatDate west of UTC: the browser tests run in UTC, where a calendar day cannot slip to the
// evening before. Node applies a change of TZ at runtime, so it is set before any date is made and
// before the module is imported (a static import would run first). formatDate is not among the
// package's exports: it is imported from the tsc build in dist/ (npm test builds it first).
process.env.TZ = 'America/New_York';

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const { formatDate } = await import(pathToFileURL(path.join(distDir, 'model/format-date.js')).href);
const { isOverdue, localDay } = await import(pathToFileURL(path.join(distDir, 'model/follow-up.js')).href);

test('runs west of UTC', () => {
  assert.equal(new Date('2027-03-15T00:00:00Z').getDate(), 14, 'midnight UTC is the evening before in New York');
});

test('formatDate writes a calendar day as that day west of UTC, not the evening before', () => {
  assert.equal(formatDate('2027-03-15', 'da'), '15. marts 2027');
  assert.equal(formatDate('2027-03-15', 'en'), '15 March 2027');
  assert.equal(formatDate('2027-01-01', 'da'), '1. januar 2027');
});

test('formatDate writes a timestamp as the day it was in the reader’s time zone', () => {
  // 02:00 UTC on 15 March is 22:00 on 14 March in New York.
  assert.equal(formatDate('2027-03-15T02:00:00Z', 'da'), '14. marts 2027');
  assert.equal(formatDate('2027-03-15T02:00:00Z', 'en'), '14 March 2027');
  // And a calendar day asked for afterwards is still its own day (the formatters are cached per style).
  assert.equal(formatDate('2027-03-15', 'en'), '15 March 2027');
});

test('localDay is the reader’s day west of UTC, also in the evening when UTC is a day ahead', () => {
  // 22:00 on 14 March in New York is 02:00 UTC on 15 March.
  const evening = new Date('2027-03-15T02:00:00Z');
  assert.equal(localDay(evening), '2027-03-14');
  const item = { id: 'f1', type: 'loebende-opfoelgning', beskrivelse: '', ansvarlig: '', dato: '2027-03-14', udfoert: false };
  assert.equal(isOverdue(item, localDay(evening)), false, 'due today, not overdue');
});
