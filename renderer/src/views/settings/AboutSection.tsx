import { osName } from '../../../../resources/platform/osName';
import { useAppInfo } from '../../shell/useAppInfo';
import { SettingsSection } from './Section';

/** What Haven is and isn't, where to find a person trained to help, and the facts a helper would ask for. */
export function AboutSection() {
  const info = useAppInfo();
  return (
    <SettingsSection section="about">
      <p>
        Haven is a private place for your own reflection. It isn’t therapy, and it can’t take the place of a person
        trained to help.
      </p>
      <p>
        If things between you and your partner feel stuck, or too heavy to carry on your own, you don’t have to work it
        out alone. A couples therapist, or a local counselling service, can help you both; your doctor can point you to
        one near you. If you ever feel unsafe, please reach out to someone you trust or to your local emergency services
        today.
      </p>
      {info && (
        <dl className="about">
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Your journals are kept in</dt>
          <dd className="mono">{info.dataDir}</dd>
          <dt>System</dt>
          <dd>{osName(info.platform)}</dd>
        </dl>
      )}
    </SettingsSection>
  );
}
