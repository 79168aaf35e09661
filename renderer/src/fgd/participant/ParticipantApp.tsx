/**
 * The phone page of someone in the FGD room (`#/ikut?kode=…`): no profile, no area documents. Join
 * with the code, then follow the session the token opens; a reload in the same tab stays joined.
 */
import { Box, Container } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RembugHost } from '../../../../shared/host';
import type { JoinResult } from '../../../../shared/sync/fgd-hosting';
import { servingNode } from '../hosting/hosting-client';
import { JoinedSession } from './JoinedSession';
import { JoinForm } from './JoinForm';
import { codeFromHash, forgetJoin, loadJoin, saveJoin } from './join-storage';

export function ParticipantApp({ host }: { host: RembugHost }) {
  const { t } = useTranslation();
  const [join, setJoin] = useState<JoinResult | null>(() => loadJoin());
  useEffect(() => {
    document.title = `${t('fgdJoin.pageTitle')} · Rembug`;
  }, [t]);
  return (
    <Page>
      {join === null ? (
        <JoinForm
          base={servingNode(host)}
          initialCode={codeFromHash(window.location.hash)}
          onJoined={(joined) => {
            saveJoin(joined);
            setJoin(joined);
          }}
        />
      ) : (
        <JoinedSession
          key={join.participant.id}
          join={join}
          onRemoved={forgetJoin}
          onJoinAgain={() => {
            forgetJoin();
            setJoin(null);
          }}
        />
      )}
    </Page>
  );
}

function Page({ children }: { children: ReactNode }) {
  return (
    <Box component="main" mih="100dvh" bg="var(--mantine-color-body)">
      <Container size={520} px="md" py="lg">
        {children}
      </Container>
    </Box>
  );
}
