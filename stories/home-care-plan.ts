/**
 * A plan of our own words, in Danish or English: home care writing its notes on a tablet during
 * the visit, with dates, head counts and a loan to a district that already does so (none of the
 * publication's worked examples has a mobility arrangement).
 */
export function homeCarePlan(lang: 'da' | 'en') {
  const say = (da: string, en: string) => (lang === 'da' ? da : en);
  return {
    schemaVersion: 1,
    id: `hjemmepleje-tablet-${lang}`,
    createdAt: '2026-09-01T08:00:00.000Z',
    updatedAt: '2026-10-12T14:30:00.000Z',
    titel: say('Dokumentation på tablet under hjemmebesøget', 'Home visits with a tablet'),
    arbejdsplads: say('Hjemmeplejen, distrikt Nord', 'Home care, north district'),
    opgave: {
      beskrivelse: say('Vi dokumenterer hvert hjemmebesøg på tabletten, mens vi stadig er hos borgeren.', 'We record what we did on each home visit on a tablet, while we are still with the citizen.'),
      situationNu: say('Notaterne skrives på kontoret sidst på dagen.\nDetaljer går tabt.', 'Notes are written at the office at the end of the day.\nDetails get lost.'),
      situationFremover: say('Notaterne er skrevet og rigtige, før vi går fra borgeren.', 'Notes are done and correct before we leave the home.'),
      anledninger: ['aendret-karakter'],
      krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
    },
    perspektiv: {
      kerneopgave: say('Den næste kollega ved, hvad der skete ved sidste besøg.', 'The next colleague knows what happened on the last visit.'),
      arbejdsplads: say('Mindre overarbejde sidst på dagen.', 'Less overtime at the end of the day.'),
      fortolkninger: say('Nogle frygter, at tabletten tager opmærksomheden fra borgeren.', 'Some fear the tablet takes attention away from the citizen.'),
    },
    laeringsmaal: {
      metoder: { beskrivelse: say('Bruge omsorgsappen hurtigt og korrekt.', 'Use the care app quickly and correctly.'), typer: ['teknologi'] },
      viden: { beskrivelse: '', typer: [] },
      rolle: { beskrivelse: say('At skrive notater er en del af omsorgen, ikke en opgave bagefter.', 'Writing notes is part of care, not a task after it.'), typer: ['vaerdier'] },
    },
    ansvar: [
      { id: 'g1', maalgruppe: say('Social- og sundhedshjælpere', 'Care helpers'), antal: 24, nuvaerende: 'begyndere', fremtidigt: 'selvstaendigt' },
      { id: 'g2', maalgruppe: say('To superbrugere', 'Two super users'), antal: 2, nuvaerende: 'lidt-erfarne', fremtidigt: 'ressourceperson' },
    ],
    traeningsbane: {
      vidensopbygning: say('En times gennemgang af appen.', 'A one-hour walkthrough of the app.'),
      afproevning: say('To ugers besøg sammen med en superbruger.', 'Two weeks of visits with a super user.'),
      feedback: say('Superbrugerne læser et udpluk af notaterne hver fredag.', 'Super users read a sample of notes every Friday.'),
      feedbackformer: ['instruerende'],
      laeringsformer: ['sidemandsoplaering', 'digitaliseret-laering', 'udlaan'],
      periode: { start: '2026-11-02', slut: '2026-12-18' },
      spilleregler: say('Det er i orden at spørge midt i et besøg.', 'It is fine to ask in the middle of a visit.'),
      daekning: say('Vikarer dækker én rute om dagen under gennemgangen.', 'Temps cover one route a day during the walkthrough.'),
    },
    mobilitet: [
      {
        id: 'm1', form: 'udlaan', afgivende: say('Hjemmeplejen, distrikt Nord', 'Home care, north district'), modtagende: say('Hjemmeplejen, distrikt Syd', 'Home care, south district'),
        periode: { start: '2026-10-05', slut: '2026-10-16' }, omfang: 'deltid', ugedage: ['mandag', 'onsdag'],
        formaal: say('Se, hvordan distrikt Syd, der allerede bruger tablets, planlægger ruterne.', 'See how the south district, which already uses tablets, plans its routes.'),
        laeringsmaal: say('At kunne vise kollegerne, hvordan notatet skrives færdigt hos borgeren.', 'To show colleagues how a note is finished in the citizen\'s home.'),
        vilkaar: {
          ansvarsomraader: say('Går med på besøg; har ingen ruter selv.', 'Joins visits; no routes of their own.'),
          ferie: say('Ingen ferie i perioden.', 'No holidays in the period.'),
          sygdom: say('Meldes til lederen i distrikt Nord.', 'Reported to the manager in the north district.'),
        },
        kontakt: say('Kort snak med lederen efter hver uge.', 'A short talk with the manager after each week.'),
        daekning: say('En vikar tager ruten mandag og onsdag.', 'A temp takes the route on Mondays and Wednesdays.'),
        tilbagevenden: say('Et kort oplæg på personalemødet.', 'A short talk at the staff meeting.'),
      },
    ],
    hverdag: {
      overgang: {
        type: 'faelles',
        beskrivelse: say('Fra denne dato skriver alle notaterne på tabletten.', 'From this date everyone writes notes on the tablet.'),
        dato: '2027-01-04',
        ikkeKlar: say('En superbruger går med på deres besøg.', 'A super user goes along on their visits.'),
      },
      forankring: [
        { id: 'f1', type: 'opfoelgning-paa-maal', beskrivelse: say('Et udpluk af notaterne gennemgås efter en måned.', 'Check a sample of notes after one month.'), ansvarlig: say('Teamleder', 'Team leader'), dato: '2027-02-01', udfoert: false },
        { id: 'f2', type: 'loebende-stoette', beskrivelse: say('Superbrugerne kan ringes op.', 'Super users on call on the phone.'), ansvarlig: say('Superbrugerne', 'Super users'), udfoert: true },
      ],
    },
  };
}
