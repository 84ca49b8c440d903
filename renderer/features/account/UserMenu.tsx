import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { WachtwoordWijzigenDialog } from './WachtwoordWijzigenDialog';
import { TweedeFactorDialog } from './TweedeFactorDialog';

/** The signed-in user's name in the header, with what they do for their own account. */
export function UserMenu({ naam }: { naam: string }) {
  const [wijzigen, setWijzigen] = useState(false);
  const [tweedeFactor, setTweedeFactor] = useState(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="dark"
            size="xs"
            title="Uw account: wachtwoord wijzigen, tweestapsverificatie"
            rightSection={<span aria-hidden="true">▾</span>}
          >
            {naam}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setWijzigen(true)}>Wachtwoord wijzigen</Menu.Item>
          <Menu.Item onClick={() => setTweedeFactor(true)}>Tweestapsverificatie</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {wijzigen && <WachtwoordWijzigenDialog onClose={() => setWijzigen(false)} />}
      {tweedeFactor && <TweedeFactorDialog onClose={() => setTweedeFactor(false)} />}
    </>
  );
}
