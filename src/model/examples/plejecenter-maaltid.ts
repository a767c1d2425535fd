/**
 * Worked example 3 of the publication: "Plejecenter 1 – Måltidet er mere end mad", with the
 * nursing home's licence model (kørekort A/B/C) as the staircase. The source's facts in our own
 * words. Gaps kept: no dates, no head counts, no current level of the groups.
 *
 * Reading of the source: a licence is earned through a practice review (praksisgennemgang), so the
 * transition to everyday work is individual.
 */
import type { Plan } from '../plan.js';
import { EXAMPLE_TIMESTAMP, exampleItemId, examplePlanId } from './common.js';

const item = (list: 'ansvar' | 'forankring', n: number) => exampleItemId('plejecenter-maaltid', list, n);

export const plejecenterMaaltid: Plan = {
  schemaVersion: 1,
  id: examplePlanId('plejecenter-maaltid'),
  createdAt: EXAMPLE_TIMESTAMP,
  updatedAt: EXAMPLE_TIMESTAMP,
  titel: 'Måltidet er mere end mad',
  arbejdsplads:
    'Plejecenter 1. Centeret bruger en kørekortmodel med tre niveauer, A, B og C: nyansatte tager kørekort på en række faglige områder, fastansatte tager kørekort til nye opgaver. Et kørekort viser, at man løser opgaven efter centerets faglige standard på det pågældende niveau. Alle skal have C; A er det mest avancerede.',
  opgave: {
    beskrivelse: 'Vi laver maden ude hos beboerne – fagligt solidt, og så det føles hjemligt.',
    situationNu: 'Det har været en dyd at være hurtig og effektiv med at tilberede maden og rydde op.',
    situationFremover:
      'Medarbejderne er værter og deltager i måltidet med beboerne. Måltidet foregår på beboernes præmisser, med hygge og samvær i centrum.',
    anledninger: ['aendret-karakter'],
    krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
  },
  perspektiv: {
    kerneopgave: 'Når maden bliver lavet tæt på beboerne, bliver måltidet mere forudsigeligt, stabilt og roligt for dem.',
    arbejdsplads:
      'Køkkendriften bliver mere effektiv, og social- og sundhedshjælperne får en mere central rolle ved måltidet og mere fagligt spillerum.',
    fortolkninger: '',
  },
  laeringsmaal: {
    metoder: {
      beskrivelse: 'At organisere madlavningen i praksis, så beboerne kan være med i så høj grad som muligt.',
      typer: [],
    },
    viden: {
      beskrivelse:
        'At få genopfrisket faglige begreber, fx hvad fedtprocenten betyder, og hvad ældre medicinske patienter har brug for.',
      typer: [],
    },
    rolle: {
      beskrivelse:
        'En ny holdning til måltidet og til det, det betyder for beboerne. Medarbejderne skal være stolte af deres måde at gribe måltidet an på.',
      typer: ['vaerdier', 'faglig-stolthed'],
    },
  },
  ansvar: [
    { id: item('ansvar', 1), maalgruppe: 'Alle medarbejdere, også vikarer', fremtidigt: 'med-stoette', koerekort: 'C' },
    { id: item('ansvar', 2), maalgruppe: 'Social- og sundhedsassistenter', fremtidigt: 'selvstaendigt', koerekort: 'B' },
    {
      id: item('ansvar', 3),
      maalgruppe: 'Medarbejdere, der vil tage et ekstra ansvar for området som ressourcepersoner',
      fremtidigt: 'ressourceperson',
      koerekort: 'A',
    },
  ],
  traeningsbane: {
    vidensopbygning: 'Hvad måltidet indeholder, set med faglige øjne.',
    afproevning: 'Medarbejderen øver sig side om side med en erfaren kollega, med et smileyskema som afsæt.',
    feedback: 'Undervejs reflekterer medarbejderen og den erfarne kollega sammen, som aftalt.',
    feedbackformer: ['reflekterende'],
    laeringsformer: ['vaerktoejskursus', 'mentorforloeb'],
    spilleregler: '',
    daekning: '',
  },
  mobilitet: [],
  hverdag: {
    overgang: {
      type: 'individuel',
      beskrivelse:
        'Den enkelte får ansvaret på sit niveau, når kørekortet er erhvervet ved en praksisgennemgang, der minder om en eksamen.',
      ikkeKlar:
        'Alle forventes at tage det kørekort, der passer til det ansvar, de er ansat til. Lykkes det ikke efter flere forsøg, kan det få ansættelsesmæssige konsekvenser.',
    },
    forankring: [
      {
        id: item('forankring', 1), type: 'opfoelgning-paa-maal', udfoert: false, ansvarlig: 'Ressourceperson',
        beskrivelse: 'Praksisgennemgang sammen med en ressourceperson.',
      },
      {
        id: item('forankring', 2), type: 'organisatoriske-aendringer', udfoert: false, ansvarlig: '',
        beskrivelse: 'Medarbejdere med kørekort B er værter ved måltidet.',
      },
      {
        id: item('forankring', 3), type: 'organisatoriske-aendringer', udfoert: false, ansvarlig: '',
        beskrivelse: 'Kørekortene bliver lagt på intranettet og hængt synligt op i afdelingerne.',
      },
      {
        id: item('forankring', 4), type: 'loebende-stoette', udfoert: false, ansvarlig: 'Ressourcepersoner',
        beskrivelse: 'Ressourcepersonerne støtter kollegerne.',
      },
      {
        id: item('forankring', 5), type: 'loebende-opfoelgning', udfoert: false, ansvarlig: '',
        beskrivelse: 'Vi reflekterer sammen lige efter måltiderne.',
      },
    ],
  },
};
