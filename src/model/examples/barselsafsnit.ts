/**
 * Worked example 4 of the publication: "Barselsafsnittet – Ensartet rådgivning om amning og
 * ernæring". The source's facts in our own words. Gaps kept: no methods goal, no follow-up on
 * goals, no agreed transition, no dates.
 *
 * The one head count is the source's own: two key persons were trained first, to become resource
 * persons for their colleagues (the digest's "none gives head counts" overlooks it; the source
 * wins). The rest of the staff get no staircase entry, since the source states no target for them.
 */
import type { Plan } from '../plan.js';
import { EXAMPLE_TIMESTAMP, exampleItemId, examplePlanId } from './common.js';

const item = (list: 'ansvar' | 'forankring', n: number) => exampleItemId('barselsafsnit', list, n);

export const barselsafsnit: Plan = {
  schemaVersion: 1,
  id: examplePlanId('barselsafsnit'),
  createdAt: EXAMPLE_TIMESTAMP,
  updatedAt: EXAMPLE_TIMESTAMP,
  titel: 'Ensartet rådgivning om amning og ernæring',
  arbejdsplads:
    'Barselsafsnittet: omkring 35 medarbejdere, de fleste sygeplejersker. Afsnittet bruger kompetenceudvikling til at løfte både kvalitet og kapacitet, især ved at uddanne nøglepersoner til bestemte opgaver.',
  opgave: {
    beskrivelse:
      'Vi rådgiver mødre om amning og om spædbørns ernæring på en mere ensartet måde og på et højere fagligt niveau.',
    situationNu:
      'Behovet viste sig i en MUS-runde: medarbejderne var bekymrede over, hvor forskellig rådgivning mødrene fik.',
    situationFremover: '',
    anledninger: ['mere-selvstaendighed'],
    krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
  },
  perspektiv: {
    kerneopgave:
      'Mødrene får bedre og mere ensartet rådgivning. Det var ikke hovedbegrundelsen fra starten, men skal vægte mere fremover; afsnittet overvejer fx at samle patienters fortællinger om, hvad rådgivningen har betydet for dem.',
    arbejdsplads: 'Mere kapacitet til at rådgive og bedre resultater på de parametre, ledelsen måler afsnittet på.',
    fortolkninger: '',
  },
  laeringsmaal: {
    metoder: { beskrivelse: '', typer: [] },
    viden: {
      beskrivelse: 'Evidensbaseret viden om amning og ernæring frem for “ammestuevisdom”.',
      typer: ['forskning'],
    },
    rolle: {
      beskrivelse:
        'At forblive i rollen som fagperson, selv om situationen er personlig – og samtidig rådgive uden at belære moderen eller presse noget ned over hende.',
      typer: ['selvforstaaelse'],
    },
  },
  ansvar: [
    {
      id: item('ansvar', 1),
      maalgruppe: 'Nøglepersoner, der uddannes først og derefter er ressourcepersoner for kollegerne',
      antal: 2,
      fremtidigt: 'ressourceperson',
    },
  ],
  traeningsbane: {
    vidensopbygning:
      'Et kort undervisningsforløb på 2–3 timer, bygget op om de konkrete vidensbehov og suppleret med korte instruktionsvideoer, der viser god rådgivning. Forløbet kører i to omgange: først uddannes to nøglepersoner, som derefter er ressourcepersoner for de andre.',
    afproevning: 'Rådgivningen afprøves i praksis med støtte.',
    feedback:
      'Løbende sparring med en ressourceperson, også om at håndtere rollen. Sparringen ligger på faste tidspunkter, så alle ved, hvornår ressourcepersonen er til rådighed, og selv kan søge den ved behov.',
    feedbackformer: [],
    laeringsformer: ['digitaliseret-laering', 'rolle-som-ressourceperson'],
    spilleregler: '',
    daekning: '',
  },
  mobilitet: [],
  hverdag: {
    overgang: { beskrivelse: '', ikkeKlar: '' },
    forankring: [
      {
        id: item('forankring', 1), type: 'organisatoriske-aendringer', udfoert: false, ansvarlig: '',
        beskrivelse: 'Rådgivningen bliver nu dokumenteret, og de kliniske retningslinjer bliver opdateret.',
      },
      {
        id: item('forankring', 2), type: 'loebende-stoette', udfoert: false, ansvarlig: '',
        beskrivelse: 'Kollegerne udveksler åbent erfaringer med hinanden i hverdagen.',
      },
      {
        id: item('forankring', 3), type: 'loebende-opfoelgning', udfoert: false, ansvarlig: '',
        beskrivelse: 'Opfølgning på personalemøderne.',
      },
    ],
  },
};
