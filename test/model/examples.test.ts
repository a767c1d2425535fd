import { expect } from '@open-wc/testing';
import { advise } from '../../src/model/advice.js';
import { examples } from '../../src/model/examples/index.js';
import { exampleIds, learningFormIds, type ExampleId } from '../../src/model/ids.js';
import { parsePlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';

/** The publication's headings of the six examples. */
const headings: Record<ExampleId, string> = {
  doegninstitution: 'Styrket arbejde med dokumentation',
  boernehus: 'Konflikthåndtering på nye måder',
  'plejecenter-maaltid': 'Måltidet er mere end mad',
  barselsafsnit: 'Ensartet rådgivning om amning og ernæring',
  jobcenter: 'Tværfaglige møder om unge langt fra arbejdsmarkedet',
  'plejecenter-dokumentation': 'Dokumentation – ude hos beboerne',
};

const all = (): [ExampleId, Plan][] => exampleIds.map((id) => [id, examples[id]]);
const kinds = (plan: Plan) => plan.hverdag.forankring.map((f) => f.type);
const filled = (s: string) => s.trim() !== '';

describe('examples', () => {
  it('has the six example ids, in the publication order', () => {
    expect(Object.keys(examples)).to.deep.equal([...exampleIds]);
  });

  for (const id of exampleIds) {
    describe(id, () => {
      it('is a complete, valid plan: parsePlan returns it unchanged', () => {
        const plan = examples[id];
        const result = parsePlan(plan);
        expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
        if (result.ok) expect(result.plan).to.deep.equal(plan);
      });

      it('survives a JSON round trip unchanged', () => {
        const plan = examples[id];
        const result = parsePlan(JSON.stringify(plan));
        expect(result.ok).to.equal(true);
        if (result.ok) expect(result.plan).to.deep.equal(plan);
        expect(JSON.parse(JSON.stringify(plan))).to.deep.equal(plan);
      });

      it('has fixed ids and timestamps and the publication heading as title', () => {
        const plan = examples[id];
        expect(plan.id).to.equal(`eksempel-${id}`);
        expect(plan.createdAt).to.equal('2025-01-01T00:00:00.000Z');
        expect(plan.updatedAt).to.equal('2025-01-01T00:00:00.000Z');
        expect(plan.titel).to.equal(headings[id]);
        plan.ansvar.forEach((a, i) => expect(a.id).to.equal(`eksempel-${id}-ansvar-${i + 1}`));
        plan.hverdag.forankring.forEach((f, i) => expect(f.id).to.equal(`eksempel-${id}-forankring-${i + 1}`));
      });

      it('quotes with «…», as the elements\' Danish does', () => {
        const json = JSON.stringify(examples[id]);
        expect(json).not.to.match(/[“”]/);
      });

      it('fills the five fields as far as the source does', () => {
        const plan = examples[id];
        expect(filled(plan.arbejdsplads)).to.equal(true);
        expect(filled(plan.opgave.beskrivelse)).to.equal(true);
        expect(plan.opgave.krav).to.deep.equal({ konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true });
        expect(filled(plan.perspektiv.kerneopgave)).to.equal(true);
        expect(filled(plan.perspektiv.arbejdsplads)).to.equal(true);
        expect(filled(plan.laeringsmaal.rolle.beskrivelse)).to.equal(true);
        expect(filled(plan.traeningsbane.vidensopbygning)).to.equal(true);
        expect(filled(plan.traeningsbane.afproevning)).to.equal(true);
        expect(filled(plan.traeningsbane.feedback)).to.equal(true);
        expect(plan.hverdag.forankring.length).to.be.greaterThan(0);
        for (const f of plan.hverdag.forankring) expect(filled(f.beskrivelse)).to.equal(true);
        for (const form of plan.traeningsbane.laeringsformer) expect(learningFormIds).to.include(form);
      });

      it('invents no dates, no mobility and nothing done', () => {
        const plan = examples[id];
        expect(plan.traeningsbane).not.to.have.property('periode');
        expect(plan.hverdag.overgang).not.to.have.property('dato');
        expect(plan.mobilitet).to.deep.equal([]);
        for (const f of plan.hverdag.forankring) {
          expect(f).not.to.have.property('dato');
          expect(f.udfoert).to.equal(false);
        }
        // Nothing date-like hides in the texts either.
        expect(JSON.stringify(plan)).not.to.match(/\b\d{4}-\d{2}-\d{2}\b/);
      });

      it('gets advice that is info or warning, never error', () => {
        const advice = advise(examples[id]);
        expect(advice.filter((a) => a.severity === 'error')).to.deep.equal([]);
        expect(advise(examples[id], { lang: 'en' }).filter((a) => a.severity === 'error')).to.deep.equal([]);
      });
    });
  }

  describe('keeps the source’s gaps', () => {
    it('examples 2, 4 and 5 have no follow-up on goals; 1, 3 and 6 have one', () => {
      for (const id of ['boernehus', 'barselsafsnit', 'jobcenter'] as const) {
        expect(kinds(examples[id]), id).not.to.include('opfoelgning-paa-maal');
      }
      for (const id of ['doegninstitution', 'plejecenter-maaltid', 'plejecenter-dokumentation'] as const) {
        expect(kinds(examples[id]), id).to.include('opfoelgning-paa-maal');
      }
    });

    it('example 4 has no methods goal', () => {
      expect(examples.barselsafsnit.laeringsmaal.metoder).to.deep.equal({ beskrivelse: '', typer: [] });
    });

    it('example 2 has the IDHP method goal the source lists (the digest says none; the source wins)', () => {
      expect(examples.boernehus.laeringsmaal.metoder.beskrivelse).to.contain('IDHP');
    });

    it('examples 1, 2 and 6 have no knowledge goal (1: the source sees no great need for it)', () => {
      expect(examples.doegninstitution.laeringsmaal.viden).to.deep.equal({ beskrivelse: '', typer: [] });
      expect(examples.boernehus.laeringsmaal.viden).to.deep.equal({ beskrivelse: '', typer: [] });
      expect(examples['plejecenter-dokumentation'].laeringsmaal.viden).to.deep.equal({ beskrivelse: '', typer: [] });
    });

    it('no head count except the source’s two key persons in example 4', () => {
      for (const [id, plan] of all()) {
        for (const a of plan.ansvar) {
          if (id === 'barselsafsnit') expect(a.antal).to.equal(2);
          else expect(a, id).not.to.have.property('antal');
        }
      }
    });

    it('no staircase where the source states no target group (examples 1 and 2)', () => {
      expect(examples.doegninstitution.ansvar).to.deep.equal([]);
      expect(examples.boernehus.ansvar).to.deep.equal([]);
    });

    it('no current level where the source gives none', () => {
      for (const [, plan] of all()) for (const a of plan.ansvar) expect(a).not.to.have.property('nuvaerende');
    });

    it('a reason for change only where the source gives one (examples 3 and 6: the task itself changed)', () => {
      for (const [id, plan] of all()) {
        const expected = id === 'plejecenter-maaltid' || id === 'plejecenter-dokumentation' ? ['aendret-karakter'] : [];
        expect(plan.opgave.anledninger, id).to.deep.equal(expected);
      }
    });

    it('example 4 states the short instruction videos in text and invents no order of teaching', () => {
      const tb = examples.barselsafsnit.traeningsbane;
      expect(tb.laeringsformer).to.not.include('digitaliseret-laering');
      expect(tb.vidensopbygning).to.match(/instruktionsvideoer/);
      expect(tb.vidensopbygning).to.not.match(/først|så for resten/);
    });

    it('no transition where the source states none (examples 1, 2, 4)', () => {
      for (const id of ['doegninstitution', 'boernehus', 'barselsafsnit'] as const) {
        expect(examples[id].hverdag.overgang, id).to.deep.equal({ beskrivelse: '', ikkeKlar: '' });
      }
    });
  });

  describe('staircases from the source', () => {
    const steps = (id: ExampleId) =>
      examples[id].ansvar.map(({ fremtidigt, koerekort }) => ({ fremtidigt, koerekort }));

    it('example 3: the licence model C (everyone, temps too) / B (social- og sundhedsassistenter) / A (resource persons)', () => {
      expect(steps('plejecenter-maaltid')).to.deep.equal([
        { fremtidigt: 'med-stoette', koerekort: 'C' },
        { fremtidigt: 'selvstaendigt', koerekort: 'B' },
        { fremtidigt: 'ressourceperson', koerekort: 'A' },
      ]);
      const [c, b] = examples['plejecenter-maaltid'].ansvar;
      expect(c!.maalgruppe).to.match(/vikarer/);
      expect(b!.maalgruppe).to.match(/social- og sundhedsassistenter/i);
    });

    it('example 4: key persons become resource persons', () => {
      expect(steps('barselsafsnit')).to.deep.equal([{ fremtidigt: 'ressourceperson', koerekort: undefined }]);
      expect(examples.barselsafsnit.traeningsbane.laeringsformer).to.include('rolle-som-ressourceperson');
    });

    it('example 5: a selected group leads the meetings independently in time', () => {
      expect(steps('jobcenter')).to.deep.equal([{ fremtidigt: 'selvstaendigt', koerekort: undefined }]);
    });

    it('example 6: everyone must be able to document at the resident', () => {
      expect(steps('plejecenter-dokumentation')).to.deep.equal([{ fremtidigt: 'selvstaendigt', koerekort: undefined }]);
      expect(examples['plejecenter-dokumentation'].ansvar[0]!.maalgruppe).to.equal('Alle medarbejdere');
    });
  });

  describe('learning forms named by the source', () => {
    it('maps the forms that clearly match onto catalog ids', () => {
      expect(examples.doegninstitution.traeningsbane.laeringsformer).to.have.members(['traeningsworkshop', 'sidemandsoplaering', 'supervision']);
      expect(examples['plejecenter-maaltid'].traeningsbane.laeringsformer).to.have.members(['vaerktoejskursus', 'mentorforloeb']);
      expect(examples.barselsafsnit.traeningsbane.laeringsformer).to.have.members(['rolle-som-ressourceperson']);
      expect(examples['plejecenter-dokumentation'].traeningsbane.laeringsformer).to.have.members(['traeningsworkshop', 'sidemandsoplaering']);
    });
  });

  describe('isolation', () => {
    it('every read is a fresh deep copy: editing one changes nothing for the next reader', () => {
      const first = examples['plejecenter-maaltid'];
      expect(examples['plejecenter-maaltid']).not.to.equal(first);
      first.titel = 'Ændret';
      first.ansvar[0]!.maalgruppe = 'Ændret';
      first.ansvar.push({ id: 'x', maalgruppe: 'y' });
      first.hverdag.forankring[0]!.udfoert = true;
      const again = examples['plejecenter-maaltid'];
      expect(again.titel).to.equal(headings['plejecenter-maaltid']);
      expect(again.ansvar).to.have.length(3);
      expect(again.ansvar[0]!.maalgruppe).to.equal('Alle medarbejdere, også vikarer');
      expect(again.hverdag.forankring[0]!.udfoert).to.equal(false);
    });

    it('the examples object itself cannot be changed', () => {
      expect(Object.isFrozen(examples)).to.equal(true);
      expect(() => {
        (examples as Record<string, Plan>)['boernehus'] = examples.jobcenter;
      }).to.throw(TypeError);
      expect(examples.boernehus.id).to.equal('eksempel-boernehus');
    });

    it('is deterministic: the same JSON on every read', () => {
      expect(JSON.stringify(examples)).to.equal(JSON.stringify(examples));
    });
  });
});
