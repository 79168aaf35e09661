import { describe, expect, it } from 'vitest';
import { inboxGroups } from '../../renderer/src/replication/area/inbox.js';
import {
  BANTUL,
  buildFixture,
  KLATEN,
  KULON_PROGO,
  MAGELANG,
  SLEMAN,
  TODAY,
} from './replication-area-fixture.js';

describe('source region inbox', () => {
  const { snapshot } = buildFixture();

  it('groups the plans replicating a region’s innovations by innovation, most adopters first', () => {
    const groups = inboxGroups(KULON_PROGO, snapshot, TODAY);
    expect(groups.map((group) => [group.innovationName, group.adopters.length])).toEqual([
      ['AirKu', 3],
      ['Inovasi Lama', 1],
    ]);
    expect(groups[0]?.innovationPath).toBe(`/katalog/${KULON_PROGO}/airku`);
    // Deleted from the catalog: still listed under the name it had when the plan was made.
    expect(groups[1]?.innovationPath).toBeNull();
  });

  it('says for each adopter whether the source region has confirmed its support', () => {
    const [airku, lama] = inboxGroups(KULON_PROGO, snapshot, TODAY);
    expect(airku?.adopters.map((a) => [a.row.plan.adopterCode, a.row.plan.stage, a.supportState])).toEqual([
      [KLATEN, 'persiapan', 'confirmed'],
      [MAGELANG, 'rencanaPengembangan', 'needed'],
      [SLEMAN, 'persiapan', 'withdrawn'],
    ]);
    expect(airku?.needConfirmation).toBe(1);
    expect(lama?.adopters.map((a) => [a.row.plan.adopterCode, a.supportState])).toEqual([[BANTUL, 'needed']]);
    expect(airku?.adopters[0]?.row.percent).toBe(13);
  });

  it('does not ask to confirm a finished plan nobody answered, and is empty for a region nobody replicates', () => {
    const [sipandu] = inboxGroups(KLATEN, snapshot, TODAY);
    expect(sipandu?.adopters.map((a) => [a.row.plan.adopterCode, a.row.plan.status, a.supportState])).toEqual(
      [[SLEMAN, 'selesai', 'closed']],
    );
    expect(sipandu?.needConfirmation).toBe(0);
    expect(inboxGroups(MAGELANG, snapshot, TODAY)).toEqual([]);
  });
});
