// The reader's settings: pause everywhere, sites where Lagebild stays off, private windows.
// Props only: no browser.* and no storage.
import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { normalizeSite } from '../lib/settings';
import { useI18n } from '../lib/ui/i18n';

export interface SettingsFormProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  saved?: boolean;
}

export function SettingsForm({ settings, onChange, saved }: SettingsFormProps) {
  const { t } = useI18n();
  const [site, setSite] = useState('');
  const add = () => {
    const host = normalizeSite(site);
    if (!host) return;
    onChange({ disabledSites: [...settings.disabledSites, host] });
    setSite('');
  };
  return (
    <div class="settings">
      <label class="check">
        <input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => onChange({ paused: (e.currentTarget as HTMLInputElement).checked })} />
        {t('opt_pause')}
      </label>
      <label class="check">
        <input type="checkbox" name="recordPrivate" checked={settings.recordPrivate} onChange={(e) => onChange({ recordPrivate: (e.currentTarget as HTMLInputElement).checked })} />
        {t('opt_private')}
      </label>
      <fieldset>
        <legend>{t('opt_sites')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('opt_sites_none')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button type="button" aria-label={t('opt_site_remove', host)} onClick={() => onChange({ disabledSites: settings.disabledSites.filter((s) => s !== host) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          class="add-site"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <input type="text" name="site" aria-label={t('opt_site_label')} placeholder="example.com" value={site} onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">{t('opt_site_add')}</button>
        </form>
      </fieldset>
      {/* Open pages follow at once: the content script watches the settings. */}
      <p class="muted" role="status">
        {saved ? t('opt_saved') : ''}
      </p>
    </div>
  );
}
