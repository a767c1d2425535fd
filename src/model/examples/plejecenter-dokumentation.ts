/**
 * Worked example 6 of the publication: "Plejecenter 2 – Dokumentation – ude hos beboerne".
 * The source's facts in our own words, including the manager's lesson that talk of merely
 * "implementing" the system bred fear and resistance (kept as the competing interpretation, the
 * ground rules and an individual transition). Gaps kept: no knowledge goal, no dates, no head
 * counts.
 *
 * Reading of the source: "everyone must be able to solve the task, so the freed afternoon time can
 * be used" is the staircase target `selvstaendigt` for all staff. The reason for change,
 * `aendret-karakter`, is the source's: new screens move the documentation out to the residents,
 * where it was done in a set hour before.
 */
import { example } from './common.js';

export const plejecenterDokumentation = example('plejecenter-dokumentation', {
  titel: 'Dokumentation – ude hos beboerne',
  arbejdsplads:
    'Plejecenter 2 har fået interaktive skærme hos beboerne: beboerne holder kontakt med omverdenen, medarbejderne dokumenterer løbende.',
  opgave: {
    beskrivelse: 'Vi dokumenterer på beboerskærmene, mens vi er hos beboeren, fx ved plejeopgaver.',
    situationNu: 'Dokumentationen blev klaret samlet, fx i en eftermiddagstime.',
    situationFremover: 'Vi dokumenterer hos beboeren, lige efter plejeopgaverne.',
    anledninger: ['aendret-karakter'],
  },
  perspektiv: [
    'Mere nærvær i den time, der før gik med dokumentation, og færre fejl, fordi mindre bliver glemt.',
    'Det er mere effektivt og mindre stressende at dokumentere på stedet.',
    'Så længe der kun blev talt om at «implementere» systemet, frygtede mange at skulle i gang uden at kunne øve sig, og det gav modstand. Svaret var et klart skel mellem træningsbane og forpligtende hverdag.',
  ],
  laeringsmaal: {
    metoder: ['At bruge it-systemet og få faste rutiner i den nye måde at dokumentere på.', 'teknologi', 'fremgangsmaader'],
    rolle: [
      'Især aftenvagterne skal se dokumentationen som en værdifuld del af kerneopgaven. At dokumentere sammen med beboerne er også en ny måde at møde dem på.',
      'vaerdier',
    ],
  },
  ansvar: [{ maalgruppe: 'Alle medarbejdere', fremtidigt: 'selvstaendigt' }],
  traeningsbane: {
    vidensopbygning: 'Systemets dokumentationsfunktioner i små workshops med 4–6 deltagere.',
    afproevning: 'Vi tester systemet i praksis med sidemandsoplæring ved superbrugerne.',
    feedback: 'Vi vurderer, om det vigtigste kommer med.',
    feedbackformer: ['vurderende'],
    laeringsformer: ['traeningsworkshop', 'sidemandsoplaering'],
    spilleregler: 'Man må øve sig og fejle, men alle skal ærligt prøve skærmene af.',
  },
  overgang: { type: 'individuel', beskrivelse: 'Ansvaret følger, når den enkelte er tryg ved den nye måde.', ikkeKlar: '' },
  forankring: [
    ['opfoelgning-paa-maal', 'Teamene følger op på målene.', 'Teamene'],
    ['organisatoriske-aendringer', 'Alle skal kunne opgaven, så den frigjorte eftermiddagstid kan bruges.'],
    ['loebende-stoette', 'Superbrugerne giver støtte.', 'Superbrugere'],
    ['loebende-opfoelgning', 'Vi følger op på, om dokumentationen sker i forlængelse af de andre opgaver.'],
  ],
});
