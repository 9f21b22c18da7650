// The coloured dot and label of an entity type, as the highlights on the page colour it.
// Props only: no browser.* and no database.
import { useI18n } from '../lib/ui/i18n';

export function TypeBadge({ type }: { type?: string }) {
  const { t } = useI18n();
  const known = type === 'person' || type === 'organization' || type === 'state' || type === 'weapon';
  return (
    <span class={`type type-${known ? type : 'other'}`}>
      <span class="dot" aria-hidden="true" />
      {t(`type_${known ? type : 'other'}`)}
    </span>
  );
}
