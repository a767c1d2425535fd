/**
 * Worked example 6 of the publication: "Plejecenter 2 – Dokumentation – ude hos beboerne".
 * The source's facts in our own words, including the manager's lesson that talk of merely
 * "implementing" the system bred fear and resistance (kept as the competing interpretation, the
 * rules of play and an individual transition). Gaps kept: no knowledge goal, no dates, no head
 * counts.
 *
 * Reading of the source: "everyone must be able to solve the task, so the freed afternoon time can
 * be used" is the staircase target `selvstaendigt` for all staff.
 */
import type { Plan } from '../plan.js';
import { EXAMPLE_TIMESTAMP, exampleItemId, examplePlanId } from './common.js';

const item = (list: 'ansvar' | 'forankring', n: number) => exampleItemId('plejecenter-dokumentation', list, n);

export const plejecenterDokumentation: Plan = {
  schemaVersion: 1,
  id: examplePlanId('plejecenter-dokumentation'),
  createdAt: EXAMPLE_TIMESTAMP,
  updatedAt: EXAMPLE_TIMESTAMP,
  titel: 'Dokumentation – ude hos beboerne',
  arbejdsplads:
    'Plejecenter 2. Centeret har fået nye interaktive skærme hos beboerne: beboerne bruger dem til at holde kontakt med omverdenen, medarbejderne til at dokumentere deres arbejde løbende.',
  opgave: {
    beskrivelse:
      'Vi dokumenterer vores arbejde på de nye beboerskærme, mens vi er hjemme hos beboeren, fx for at løse plejeopgaver.',
    situationNu: 'Dokumentationen blev klaret samlet i et fast tidsrum, for eksempel en eftermiddagstime.',
    situationFremover: 'Dokumentationen sker hos beboeren, tæt knyttet til plejeopgaverne og lige efter dem.',
    anledninger: ['aendret-karakter'],
    krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
  },
  perspektiv: {
    kerneopgave:
      'Personalet er mere nærværende i den time, der før gik med dokumentation, og der sker færre fejl, fordi mindre bliver glemt og ikke dokumenteret.',
    arbejdsplads: 'Det er mere effektivt og mindre stressende at dokumentere på stedet.',
    fortolkninger:
      'Så længe der kun blev talt om at “implementere” systemet, frygtede mange at blive kastet ud i det uden at kunne øve sig, og det gav modstand og historier. Svaret var at skelne tydeligt mellem træningsbane og forpligtende hverdag.',
  },
  laeringsmaal: {
    metoder: {
      beskrivelse: 'Først og fremmest at kunne bruge det konkrete IT-system og få opbygget faste rutiner i den nye måde at dokumentere på.',
      typer: ['teknologi', 'fremgangsmaader'],
    },
    viden: { beskrivelse: '', typer: [] },
    rolle: {
      beskrivelse:
        'Især aftenvagterne skal se dokumentationen som en vigtig og værdifuld del af kerneopgaven. Det er også en ny måde at møde beboerne på, når vi dokumenterer sammen med dem.',
      typer: ['vaerdier'],
    },
  },
  ansvar: [{ id: item('ansvar', 1), maalgruppe: 'Alle medarbejdere', fremtidigt: 'selvstaendigt' }],
  traeningsbane: {
    vidensopbygning: 'Systemets funktioner til dokumentation, gennemgået i mindre workshops med 4–6 deltagere.',
    afproevning: 'Vi tester systemet i praksis og bygger erfaring op, med sidemandsoplæring ved superbrugerne.',
    feedback: 'Vi vurderer, om det vigtigste kommer med i dokumentationen.',
    feedbackformer: ['vurderende'],
    laeringsformer: ['traeningsworkshop', 'sidemandsoplaering'],
    spilleregler: 'Her må man øve sig og fejle; til gengæld forventes alle at gøre en ærlig indsats for at prøve skærmene af.',
    daekning: '',
  },
  mobilitet: [],
  hverdag: {
    overgang: {
      type: 'individuel',
      beskrivelse: 'Ansvaret for at dokumentere på den nye måde følger først, når den enkelte er blevet tryg ved det.',
      ikkeKlar: '',
    },
    forankring: [
      {
        id: item('forankring', 1), type: 'opfoelgning-paa-maal', udfoert: false, ansvarlig: 'Teamene',
        beskrivelse: 'Målene følges op i teamene.',
      },
      {
        id: item('forankring', 2), type: 'organisatoriske-aendringer', udfoert: false, ansvarlig: '',
        beskrivelse: 'Alle skal kunne løse opgaven, så den tid om eftermiddagen, der bliver fri, kan bruges.',
      },
      {
        id: item('forankring', 3), type: 'loebende-stoette', udfoert: false, ansvarlig: 'Superbrugere',
        beskrivelse: 'Superbrugerne giver støtte.',
      },
      {
        id: item('forankring', 4), type: 'loebende-opfoelgning', udfoert: false, ansvarlig: '',
        beskrivelse: 'Vi følger løbende op på, om det lykkes at dokumentere i forlængelse af de andre opgaver.',
      },
    ],
  },
};
