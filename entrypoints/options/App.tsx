// The settings page's root: reads and writes lib/settings.ts and follows changes made elsewhere.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Loading } from '@/components/EmptyState';
import { SettingsForm } from '@/components/SettingsForm';
import { getSettings, updateSettings, watchSettings, type Settings } from '@/lib/settings';
import { browserI18n, I18nContext } from '@/lib/ui/i18n';

export function App() {
  const i18n = useMemo(() => browserI18n(browser.i18n), []);
  const [settings, setSettings] = useState<Settings>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    document.documentElement.lang = i18n.lang;
    document.title = i18n.t('opt_title');
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, [i18n]);

  const change = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
    setSaved(true);
  };

  return (
    <I18nContext.Provider value={i18n}>
      <main class="options">
        <h1>{i18n.t('opt_title')}</h1>
        {settings ? <SettingsForm settings={settings} onChange={(patch) => void change(patch)} saved={saved} /> : <Loading />}
      </main>
    </I18nContext.Provider>
  );
}
